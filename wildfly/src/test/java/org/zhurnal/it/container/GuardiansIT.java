package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.PARENT;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.guardians.application.ConsentItem;
import org.zhurnal.guardians.application.ConsentService;
import org.zhurnal.guardians.application.GuardianService;
import org.zhurnal.guardians.application.NewConsent;
import org.zhurnal.guardians.application.NewGuardian;
import org.zhurnal.guardians.application.RepresentativeItem;
import org.zhurnal.guardians.application.StudentCard;
import org.zhurnal.guardians.application.StudentCardService;
import org.zhurnal.guardians.domain.ConsentPurpose;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * Legal representatives, consents, contacts and the student's card: kept by the school's journal
 * administrator and the class teacher of the student's class only; every read and change audited by ids.
 */
@ExtendWith(ArquillianExtension.class)
class GuardiansIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(GuardiansIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
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
    GuardianService guardians;

    @Inject
    ConsentService consents;

    @Inject
    StudentCardService cards;

    /** A school with 9А (class teacher bound) and 9Б, one student in each. */
    private record School(ClassesTestData data, Actor admin, Actor classTeacher, Actor otherClassTeacher,
                          long pupil, long otherPupil) {
    }

    private School school() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long teacher = data.teacher(db, "Иванова", "Мария", "Петровна");
        long otherTeacher = data.teacher(db, "Орлова", "Елена", "Викторовна");
        Actor admin = data.journalAdmin(db);
        ClassItem nineA = classes.create(admin, data.school(), new NewClass(data.year(), 9, "А", teacher));
        ClassItem nineB = classes.create(admin, data.school(), new NewClass(data.year(), 9, "Б", otherTeacher));
        long pupil = enrol(admin, data, "Петрова", nineA);
        long otherPupil = enrol(REGION_ADMIN, data, "Лебедева", nineB);
        return new School(data, admin, TEACHER.boundTo(teacher), TEACHER.boundTo(otherTeacher), pupil, otherPupil);
    }

    /** Enrolled by the school's journal administrator or the region administrator. */
    private long enrol(Actor actor, ClassesTestData data, String surname, ClassItem schoolClass) {
        PersonItem enrolled = students.enrol(actor, data.school(), new NewStudent(
                new PersonCardInput(surname, "Анна", "Сергеевна", "2011-04-12", null), Sex.FEMALE, schoolClass.id(),
                day("2026-09-01"), "Приказ № 1"));
        return enrolled.personId();
    }

    private static NewGuardian father(String snils) {
        return new NewGuardian(new PersonCardInput("Петров", "Сергей", "Николаевич", "1984-02-10", snils),
                GuardianKind.FATHER, day("2026-09-01"), "8 (913) 123-45-67", "petrov@example.ru");
    }

    @Test
    void theJournalAdministratorAddsAParentWhoAppearsOnTheCardWithConsents() {
        School s = school();
        long idBefore = Db.count(db, "SELECT COALESCE(max(id), 0) FROM audit_event");

        RepresentativeItem father = guardians.add(s.admin(), s.pupil(), father(RegionTestData.snils()));

        assertThat(father.displayName()).isEqualTo("Петров Сергей Николаевич");
        assertThat(father.phone()).isEqualTo("+79131234567");
        assertThat(Db.column(db, "SELECT concat_ws('|', kind, valid_from, valid_to IS NULL) FROM guardianship "
                + "WHERE child_person_id = ?", s.pupil())).containsExactly("FATHER|2026-09-01|t");
        assertThat(Db.column(db, "SELECT sex FROM person WHERE id = ?", father.personId())).containsExactly("MALE");

        ConsentItem consent = consents.record(s.admin(), s.pupil(),
                new NewConsent(father.personId(), ConsentPurpose.ELECTRONIC_JOURNAL, day("2026-09-01"), "Заявление № 7"));
        assertThatThrownBy(() -> consents.record(s.admin(), s.pupil(),
                new NewConsent(father.personId(), ConsentPurpose.ELECTRONIC_JOURNAL, day("2026-09-02"), null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "purpose"));
        assertThatThrownBy(() -> consents.record(s.admin(), s.pupil(),
                new NewConsent(s.otherPupil(), ConsentPurpose.PUBLICATION, day("2026-09-02"), null)))
                .as("only the person or a representative gives it").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "givenByPersonId"));

        StudentCard card = cards.card(s.classTeacher(), s.pupil());
        assertThat(card.className()).isEqualTo("9А");
        assertThat(card.representatives()).extracting(RepresentativeItem::personId).containsExactly(father.personId());
        assertThat(card.consents()).extracting(ConsentItem::id, ConsentItem::givenByName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(consent.id(), "Петров Сергей Николаевич"));

        ConsentItem withdrawn = consents.withdraw(s.classTeacher(), s.pupil(), consent.id(), null);
        assertThat(withdrawn.withdrawnOn()).isNotNull();
        assertThat(Db.column(db, "SELECT concat_ws('|', recorded_by_subject, withdrawal_recorded_by_subject) "
                + "FROM pd_consent WHERE id = ?", consent.id()))
                .containsExactly(s.admin().subject() + "|" + s.classTeacher().subject());

        List<String> audited = Db.column(db, "SELECT action || ':' || object_id FROM audit_event WHERE id > ? "
                + "ORDER BY id", idBefore);
        assertThat(audited).contains("person.card-created:" + father.personId(),
                "person.contacts-changed:" + father.personId(), "guardianship.added:" + father.guardianshipId(),
                "consent.recorded:" + consent.id(), "person.card-read:" + s.pupil(),
                "consent.withdrawn:" + consent.id());
        assertThat(String.join(" ", audited)).doesNotContain("Петров", "913");
    }

    @Test
    void aSnilsFindsTheParentsCardForASiblingAndEndingStopsTheRepresentation() {
        School s = school();
        String snils = RegionTestData.snils();
        RepresentativeItem first = guardians.add(s.admin(), s.pupil(), father(snils));
        RepresentativeItem second = guardians.add(s.admin(), s.otherPupil(), father(snils));
        assertThat(second.personId()).isEqualTo(first.personId());
        assertThatThrownBy(() -> guardians.add(s.admin(), s.pupil(), father(snils)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "snils"));

        RepresentativeItem ended = guardians.end(s.classTeacher(), s.pupil(), first.guardianshipId(), day("2026-10-01"));
        assertThat(ended.validTo()).isEqualTo(day("2026-10-01"));
        assertThat(guardians.representatives(s.admin(), s.pupil())).extracting(RepresentativeItem::validTo)
                .containsExactly(day("2026-10-01"));
        assertThatThrownBy(() -> guardians.end(s.admin(), s.pupil(), first.guardianshipId(), null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cards.changeContacts(s.classTeacher(), first.personId(), "+79130000000", null))
                .as("the parent now represents only the other class's pupil").isInstanceOf(AccessDeniedException.class);
        cards.changeContacts(s.otherClassTeacher(), first.personId(), "+79130000000", null);
        assertThat(Db.column(db, "SELECT concat_ws('|', phone, email IS NULL) FROM person_contact WHERE person_id = ?",
                first.personId())).containsExactly("+79130000000|t");
    }

    @Test
    void onlyTheSchoolsAdministratorAndTheClassTeacherOfTheStudentsClassMayKeepTheData() {
        School s = school();
        School other = school();
        RepresentativeItem father = guardians.add(s.admin(), s.pupil(), father(null));
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        for (Actor refused : List.of(s.otherClassTeacher(), other.admin(), other.classTeacher(), TEACHER, PARENT,
                PARENT.boundTo(father.personId()))) {
            denied(refused, actor -> cards.card(actor, s.pupil()));
            denied(refused, actor -> guardians.representatives(actor, s.pupil()));
            denied(refused, actor -> guardians.add(actor, s.pupil(), father(null)));
            denied(refused, actor -> guardians.end(actor, s.pupil(), father.guardianshipId(), null));
            denied(refused, actor -> consents.consents(actor, s.pupil()));
            denied(refused, actor -> consents.record(actor, father.personId(),
                    new NewConsent(null, ConsentPurpose.PUBLICATION, day("2026-09-01"), null)));
            denied(refused, actor -> cards.changeContacts(actor, father.personId(), null, null));
        }
        denied(null, actor -> cards.card(actor, s.pupil()));
        denied(other.admin(), actor -> students.enrol(actor, s.data().school(), new NewStudent(
                new PersonCardInput("Чужая", "Анна", null, "2011-04-12", null), Sex.FEMALE, 1L, day("2026-09-01"), "№ 1")));
        denied(s.admin(), actor -> guardians.representatives(actor, father.personId()));
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).as("refusals write nothing").isEqualTo(auditBefore);

        assertThat(cards.card(REGION_ADMIN, s.pupil()).personId()).isEqualTo(s.pupil());
        assertThat(guardians.representatives(s.classTeacher(), s.pupil())).hasSize(1);
        assertThat(consents.record(s.classTeacher(), father.personId(),
                new NewConsent(null, ConsentPurpose.PUBLICATION, day("2026-09-01"), null)).givenByPersonId())
                .as("a representative consents for themselves").isEqualTo(father.personId());
    }

    private static void denied(Actor actor, ThrowingConsumer<Actor> call) {
        assertThatThrownBy(() -> call.accept(actor)).isInstanceOf(AccessDeniedException.class);
    }
}
