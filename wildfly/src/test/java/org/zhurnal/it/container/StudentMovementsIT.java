package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.JOURNAL_ADMIN;
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
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewMovement;
import org.zhurnal.classes.application.NewMovement.Kind;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
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
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/** Enrolment and movements of students: person cards, append-only events, lists at dates, audit, access. */
@ExtendWith(ArquillianExtension.class)
class StudentMovementsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(StudentMovementsIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
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
    AuditLog audit;

    @Test
    void enrolmentWritesThePersonCardTheStudentTheArrivalAndTheAudit() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem fiveA = newClass(data, 5, "А");

        PersonItem enrolled = students.enrol(REGION_ADMIN, data.school(), child("Смирнов", null, fiveA, "2026-09-01"));

        assertThat(enrolled.displayName()).isEqualTo("Смирнов Артём Игоревич");
        assertThat(Db.column(db, "SELECT concat_ws('|', sex, birth_date, snils_hash IS NULL) FROM person WHERE id = ?",
                enrolled.personId())).containsExactly("MALE|2015-03-14|t");
        assertThat(Db.count(db, "SELECT count(*) FROM student WHERE person_id = ? AND school_id = ?",
                enrolled.personId(), data.school())).isEqualTo(1);
        assertThat(Db.column(db, "SELECT concat_ws('|', kind, school_class_id, effective_on, order_ref, recorded_by_subject) "
                + "FROM enrolment_event WHERE person_id = ?", enrolled.personId()))
                .containsExactly("ARRIVE|" + fiveA.id() + "|2026-09-01|№ 112-у|" + REGION_ADMIN.subject());
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_id = ? AND object_type IN ('PERSON', 'STUDENT') "
                + "ORDER BY id", enrolled.personId().toString())).containsExactly("person.card-created", "student.enrolled");
        assertThat(audit.verify().intact()).isTrue();

        assertThat(classes.roster(REGION_ADMIN, fiveA.id(), day("2026-08-31")).students()).isEmpty();
        assertThat(classes.roster(REGION_ADMIN, fiveA.id(), day("2026-09-01")).students())
                .containsExactly(new PersonItem(enrolled.personId(), "Смирнов Артём Игоревич", day("2015-03-14")));
        assertThatThrownBy(() -> Db.update(db, "DELETE FROM enrolment_event WHERE person_id = ?", enrolled.personId()))
                .as("movements are append-only").hasStackTraceContaining("append-only");
    }

    @Test
    void aSnilsFindsTheCardAndAStudentIsInOneClassAtATime() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem fiveA = newClass(data, 5, "А");
        ClassItem fiveB = newClass(data, 5, "Б");
        String snils = RegionTestData.snils();
        PersonItem first = students.enrol(REGION_ADMIN, data.school(), child("Ефимов", snils, fiveA, "2026-09-01"));
        long eventsBefore = Db.count(db, "SELECT count(*) FROM enrolment_event");
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        assertThatThrownBy(() -> students.enrol(REGION_ADMIN, data.school(), child("Ефимов", snils, fiveB, "2026-09-02")))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "classId"));
        assertThatThrownBy(() -> students.enrol(REGION_ADMIN, data.school(), child("Ефимов", "123", fiveB, "2026-09-02")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "snils"));
        assertThatThrownBy(() -> students.enrol(REGION_ADMIN, data.school(), child("Ильин", null, fiveB, "2027-06-01")))
                .as("after the class's year").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "arrivedOn"));

        assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event")).isEqualTo(eventsBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM person WHERE surname = 'Ильин' AND birth_date = '2015-03-14' "
                + "AND created_at > now() - interval '1 minute'")).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM person WHERE snils_hash = (SELECT snils_hash FROM person WHERE id = ?)",
                first.personId())).isEqualTo(1);
    }

    @Test
    void aTransferChangesBothListsFromItsDateAndLeavingEndsTheStudentsPlace() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem fiveA = newClass(data, 5, "А");
        ClassItem fiveB = newClass(data, 5, "Б");
        PersonItem moving = students.enrol(REGION_ADMIN, data.school(), child("Ефимов", null, fiveA, "2026-09-01"));
        PersonItem staying = students.enrol(REGION_ADMIN, data.school(), child("Алексеева", null, fiveA, "2026-09-01"));

        students.move(REGION_ADMIN, moving.personId(), movement(Kind.TRANSFER, "2026-11-18", fiveB.id(), null, null));

        assertThat(names(fiveA, "2026-11-17")).containsExactly("Алексеева Артём Игоревич", "Ефимов Артём Игоревич");
        assertThat(names(fiveB, "2026-11-17")).isEmpty();
        assertThat(names(fiveA, "2026-11-18")).containsExactly("Алексеева Артём Игоревич");
        assertThat(names(fiveB, "2026-11-18")).containsExactly("Ефимов Артём Игоревич");
        assertThat(classes.classes(REGION_ADMIN, data.school(), data.year())).as("counted today, after the transfer")
                .extracting(ClassItem::name, ClassItem::studentCount)
                .containsExactly(tuple("5А", 1L), tuple("5Б", 1L));
        assertThat(Db.column(db, "SELECT kind || ':' || school_class_id FROM enrolment_event WHERE person_id = ? ORDER BY id",
                moving.personId())).containsExactly("ARRIVE:" + fiveA.id(), "TRANSFER:" + fiveA.id(), "ARRIVE:" + fiveB.id());

        students.move(REGION_ADMIN, staying.personId(), movement(Kind.LEAVE, "2027-02-01", null, null, null));
        assertThat(names(fiveA, "2027-01-31")).containsExactly("Алексеева Артём Игоревич");
        assertThat(names(fiveA, "2027-02-01")).isEmpty();
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'STUDENT' AND object_id IN (?, ?) "
                + "ORDER BY id", moving.personId().toString(), staying.personId().toString()))
                .containsExactly("student.enrolled", "student.enrolled", "student.transferred", "student.left");
    }

    @Test
    void aGroupMoveIsRefusedMidPeriodAndAcceptedOnThePeriodsFirstDay() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem fiveA = newClass(data, 5, "А");
        GroupItem first = classes.addGroup(REGION_ADMIN, fiveA.id(), "Английский язык, группа 1");
        GroupItem second = classes.addGroup(REGION_ADMIN, fiveA.id(), "Английский язык, группа 2");
        PersonItem student = students.enrol(REGION_ADMIN, data.school(), child("Богданов", null, fiveA, "2026-09-01"));
        students.move(REGION_ADMIN, student.personId(), movement(Kind.GROUP_MOVE, "2026-09-01", null, first.id(), null));
        long eventsBefore = Db.count(db, "SELECT count(*) FROM enrolment_event");
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        assertThatThrownBy(() -> students.move(REGION_ADMIN, student.personId(),
                movement(Kind.GROUP_MOVE, "2026-11-18", null, second.id(), first.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("только с первого дня отчётного периода")
                .hasMessageContaining("12.01.2027")
                .satisfies(e -> hasField(e, "date"));
        assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event")).isEqualTo(eventsBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);

        students.move(REGION_ADMIN, student.personId(), movement(Kind.GROUP_MOVE, "2027-01-12", null, second.id(), first.id()));
        assertThat(groupMembers(fiveA, "2027-01-11")).containsExactly(List.of("Богданов Артём Игоревич"), List.of());
        assertThat(groupMembers(fiveA, "2027-01-12")).containsExactly(List.of(), List.of("Богданов Артём Игоревич"));
    }

    @Test
    void othersAreRefusedWithNothingWrittenAndUnknownOnesAreNotFound() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem fiveA = newClass(data, 5, "А");
        PersonItem student = students.enrol(REGION_ADMIN, data.school(), child("Новиков", null, fiveA, "2026-09-01"));
        long personsBefore = Db.count(db, "SELECT count(*) FROM person");
        long eventsBefore = Db.count(db, "SELECT count(*) FROM enrolment_event");
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event");

        for (Actor actor : new Actor[] {TEACHER, JOURNAL_ADMIN, PARENT, null}) {
            assertThatThrownBy(() -> classes.classes(actor, data.school(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.create(actor, data.school(), new NewClass(data.year(), 6, "А", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.roster(actor, fiveA.id(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.addGroup(actor, fiveA.id(), "Группа")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> students.enrol(actor, data.school(), child("Лебедев", null, fiveA, "2026-09-02")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> students.move(actor, student.personId(),
                    movement(Kind.LEAVE, "2026-10-01", null, null, null))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(personsBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event")).isEqualTo(eventsBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM school_class WHERE school_id = ?", data.school())).isEqualTo(1);

        assertThatThrownBy(() -> classes.roster(REGION_ADMIN, Long.MAX_VALUE, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> students.move(REGION_ADMIN, Long.MAX_VALUE, movement(Kind.LEAVE, "2026-10-01", null, null, null)))
                .isInstanceOf(NotFoundException.class).hasMessage("Обучающийся не найден");
        assertThatThrownBy(() -> classes.classes(REGION_ADMIN, Long.MAX_VALUE, null)).isInstanceOf(NotFoundException.class);
    }

    private ClassItem newClass(ClassesTestData data, int grade, String letter) {
        return classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), grade, letter, null));
    }

    private List<String> names(ClassItem schoolClass, String date) {
        return classes.roster(REGION_ADMIN, schoolClass.id(), day(date)).students().stream()
                .map(PersonItem::displayName).toList();
    }

    private List<List<String>> groupMembers(ClassItem schoolClass, String date) {
        return classes.roster(REGION_ADMIN, schoolClass.id(), day(date)).groups().stream()
                .map(g -> g.students().stream().map(PersonItem::displayName).toList()).toList();
    }

    private static NewStudent child(String surname, String snils, ClassItem schoolClass, String arrivedOn) {
        return new NewStudent(new PersonCardInput(surname, "Артём", "Игоревич", "2015-03-14", snils), Sex.MALE,
                schoolClass.id(), day(arrivedOn), " № 112-у ");
    }

    private static NewMovement movement(Kind kind, String date, Long toClassId, Long toGroupId, Long fromGroupId) {
        return new NewMovement(kind, day(date), toClassId, toGroupId, fromGroupId, "№ 140-у");
    }
}
