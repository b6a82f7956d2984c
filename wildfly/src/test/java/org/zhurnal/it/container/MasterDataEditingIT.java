package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.curriculum.application.NewSubject;
import org.zhurnal.curriculum.application.SubjectItem;
import org.zhurnal.curriculum.application.SubjectService;
import org.zhurnal.guardians.application.NameCorrection;
import org.zhurnal.guardians.application.NameHistory;
import org.zhurnal.guardians.application.PersonCorrectionService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolDetails;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * Editing master data through the real services and PostgreSQL: a school's data (region administrator) and
 * subjects (catalogue and a school's own), and corrections of a person card's name with
 * its history (V28), each refused with the field named and allowed only to whom it belongs.
 */
@ExtendWith(ArquillianExtension.class)
class MasterDataEditingIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(MasterDataEditingIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolClassService classes;

    @Inject
    StudentService students;

    @Inject
    SubjectService subjects;

    @Inject
    PersonCorrectionService corrections;

    @Inject
    AuditLog audit;

    @Test
    void theRegionAdministratorEditsASchoolAndItsJournalAdministratorOnlyReadsIt() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        Actor admin = data.journalAdmin(db);
        String inn = RegionTestData.inn();
        SchoolDetails changed = schools.update(REGION_ADMIN, data.school(), new NewSchool("  Новое полное   имя ",
                "Новое", inn, RegionTestData.ogrn(), "г. Ачинск", null));
        assertThat(changed.fullName()).isEqualTo("Новое полное имя");
        assertThat(changed.inn()).isEqualTo(inn);
        assertThat(schools.get(admin, data.school()).address()).isEqualTo("г. Ачинск");

        long other = schools.create(REGION_ADMIN, new NewSchool("Другая школа", "Другая", RegionTestData.inn(), null,
                null, null)).id();
        String otherInn = schools.get(REGION_ADMIN, other).inn();
        assertThatThrownBy(() -> schools.update(REGION_ADMIN, data.school(), new NewSchool("Школа", "Ш", otherInn,
                null, null, null))).isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "inn"));
        assertThatThrownBy(() -> schools.update(REGION_ADMIN, data.school(), new NewSchool("Школа", "", inn,
                null, null, null))).isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "shortName"));
        assertThatThrownBy(() -> schools.update(REGION_ADMIN, data.school(), new NewSchool("Школа", "Ш", "123",
                null, null, null))).isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "inn"));
        assertThat(schools.get(REGION_ADMIN, data.school()).shortName()).isEqualTo("Новое");
        assertThatThrownBy(() -> schools.update(admin, data.school(), new NewSchool("Школа", "Ш", inn, null, null,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.get(admin, other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.get(TEACHER, data.school())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void subjectsAreRenamedWhereTheyBelongAndStayUnique() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        Actor admin = data.journalAdmin(db);
        String tag = RegionTestData.tag();
        SubjectItem catalogue = subjects.create(REGION_ADMIN, new NewSubject("Астрономия " + tag, "Астр.", null));
        SubjectItem own = subjects.create(admin, new NewSubject("Шахматы " + tag, "Шахм.", data.school()));

        assertThat(subjects.rename(admin, own.id(), new NewSubject("шахматы и шашки " + tag, "Шахм.", null)).name())
                .isEqualTo("шахматы и шашки " + tag);
        assertThat(subjects.rename(admin, own.id(), new NewSubject("Шахматы и шашки " + tag, "Ш/ш", null)).shortName())
                .isEqualTo("Ш/ш");
        assertThatThrownBy(() -> subjects.rename(admin, own.id(), new NewSubject("Астрономия " + tag, "А", null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        assertThatThrownBy(() -> subjects.rename(admin, own.id(), new NewSubject("Шахматы", "", null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "shortName"));
        assertThatThrownBy(() -> subjects.rename(admin, catalogue.id(), new NewSubject("Астрономия!", "А", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(subjects.rename(REGION_ADMIN, catalogue.id(), new NewSubject("Астрономия и космос " + tag, "Астр.",
                null)).name()).isEqualTo("Астрономия и космос " + tag);
        assertThatThrownBy(() -> subjects.rename(TEACHER, own.id(), new NewSubject("Го " + tag, "Го", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCorrectedNameKeepsItsHistoryAndIsAuditedByIdsOnly() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        Actor admin = data.journalAdmin(db);
        long teacher = data.teacher(db, "Иванова", "Мария", "Петровна");
        ClassItem fiveA = classes.create(admin, data.school(), new NewClass(data.year(), 5, "А", teacher));
        long pupil = students.enrol(admin, data.school(), new NewStudent(new PersonCardInput("Петрова", "Анна",
                "Сергеевна", "2015-04-12", null), Sex.FEMALE, fiveA.id(), day("2026-09-01"), null)).personId();
        long idBefore = Db.count(db, "SELECT COALESCE(max(id), 0) FROM audit_event");

        NameHistory history = corrections.correct(admin, pupil, new NameCorrection("Петрова-Орлова", "Анна",
                "Сергеевна", "2015-04-21", "Опечатка в дате рождения и новая фамилия по свидетельству № 7"));
        assertThat(history.displayName()).isEqualTo("Петрова-Орлова Анна Сергеевна");
        assertThat(history.changes()).singleElement().satisfies(change -> {
            assertThat(change.nameBefore()).isEqualTo("Петрова Анна Сергеевна");
            assertThat(change.birthDateBefore()).isEqualTo(day("2015-04-12"));
            assertThat(change.birthDateAfter()).isEqualTo(day("2015-04-21"));
        });
        assertThat(Db.column(db, "SELECT concat_ws('|', surname, birth_date) FROM person WHERE id = ?", pupil))
                .containsExactly("Петрова-Орлова|2015-04-21");

        Actor classTeacher = TEACHER.boundTo(teacher);
        assertThat(corrections.history(classTeacher, pupil).changes()).hasSize(1);
        assertThatThrownBy(() -> corrections.correct(admin, pupil, new NameCorrection("Петрова-Орлова", "Анна",
                "Сергеевна", null, "Ещё раз"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "surname"));
        assertThatThrownBy(() -> corrections.correct(admin, pupil, new NameCorrection("Орлова", "Анна", "Сергеевна",
                null, " "))).isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "reason"));
        assertThatThrownBy(() -> corrections.correct(admin, pupil, new NameCorrection("Орлова", "Анна", "", "2015-13-01",
                "Причина"))).isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "birthDate"));
        assertThatThrownBy(() -> corrections.correct(TEACHER, pupil, new NameCorrection("Орлова", "Анна", "", null,
                "Причина"))).isInstanceOf(AccessDeniedException.class);
        assertThat(corrections.history(REGION_ADMIN, pupil).changes()).hasSize(1);

        assertThatThrownBy(() -> Db.update(db, "UPDATE person_name_change SET reason = 'x' WHERE person_id = ?", pupil))
                .hasStackTraceContaining("append-only");
        assertThat(Db.column(db, "SELECT action || ':' || object_id FROM audit_event WHERE id > ? AND action LIKE "
                + "'person.name%' ORDER BY id", idBefore)).containsExactly("person.name-corrected:" + pupil,
                "person.name-history-read:" + pupil, "person.name-history-read:" + pupil);
        assertThat(audit.verify().intact()).isTrue();
    }
}
