package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewMovement;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.diary.application.AttendanceSummary;
import org.zhurnal.diary.application.DayView;
import org.zhurnal.diary.application.DiaryService;
import org.zhurnal.diary.application.LessonView;
import org.zhurnal.diary.application.MarkView;
import org.zhurnal.diary.application.MarksReport;
import org.zhurnal.diary.application.SubjectMarksView;
import org.zhurnal.diary.application.WeekView;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * The diary over the real EAR and database: the week of a student transferred mid-week (Wednesday 18.11.2026
 * from 5А to 5Б) who is in English group 1 of 5А, with lessons, marks and attendance written as the journal
 * writes them; marks and attendance pages; who may read whose diary.
 */
@ExtendWith(ArquillianExtension.class)
class DiaryIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(DiaryIT.class, ClassesTestData.class, RegionTestData.class, Db.class, DiaryTestData.class);
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
    DiaryService diary;

    /** A school with 5А (class teacher Иванова) and 5Б (class teacher Орлова), Ефимов moving between them. */
    private record Fixture(DiaryTestData data, long fiveA, long fiveB, long ivanova, long orlova, long teacher,
                           long substitute, long efimov, long classmate, long english1, long english2, long fiveBGroup) {
    }

    @Test
    void theWeekShowsEachDaysLessonsOfThatDaysClassAndGroupWithMarksAndAttendance() {
        Fixture f = fixture();
        DiaryTestData d = f.data();
        long maths = d.subject("Математика");
        long english = d.subject("Английский язык");
        long russian = d.subject("Русский язык");
        long mondayMaths = d.lesson(f.fiveA(), null, maths, "2026-11-16", 1, f.teacher(), null, "Дроби", "№ 12, 14");
        long ownGroup = d.lesson(f.fiveA(), f.english1(), english, "2026-11-16", 2, f.teacher(), f.substitute(),
                "Present Simple", null);
        d.lesson(f.fiveA(), f.english2(), english, "2026-11-16", 2, f.teacher(), null, "Другая группа", null);
        long cancelled = d.lesson(f.fiveA(), null, maths, "2026-11-17", 1, f.teacher(), null, null, null);
        d.cancel(cancelled);
        d.lesson(f.fiveA(), null, maths, "2026-11-18", 1, f.teacher(), null, "Не его класс с среды", null);
        long wednesdayRussian = d.lesson(f.fiveB(), null, russian, "2026-11-18", 1, f.teacher(), null, "Диктант", null);
        d.lesson(f.fiveB(), f.fiveBGroup(), english, "2026-11-18", 2, f.teacher(), null, "Не его группа", null);
        d.lesson(f.fiveB(), null, russian, "2026-11-17", 3, f.teacher(), null, "До перевода", null);
        d.lesson(f.fiveB(), null, russian, "2026-11-23", 1, f.teacher(), null, "Следующая неделя", null);
        d.mark(mondayMaths, f.efimov(), 1, 5, null, "ANSWER");
        d.mark(mondayMaths, f.classmate(), 1, 2, null, "ANSWER");
        d.mark(wednesdayRussian, f.efimov(), 1, 5, 4, "DICTATION");
        d.attendance(ownGroup, f.efimov(), "ILL");

        WeekView week = diary.week(guardian(f), f.efimov(), day("2026-11-19"));

        assertThat(week.monday()).isEqualTo("2026-11-16");
        assertThat(week.saturday()).isEqualTo("2026-11-21");
        assertThat(week.previous()).isEqualTo("2026-11-09");
        assertThat(week.next()).isEqualTo("2026-11-23");
        assertThat(week.days()).extracting(DayView::date).containsExactly("2026-11-16", "2026-11-17", "2026-11-18",
                "2026-11-19", "2026-11-20", "2026-11-21");
        assertThat(week.days()).extracting(day -> day.lessons().stream().map(LessonView::topic).toList())
                .containsExactly(List.of("Дроби", "Present Simple"), java.util.Arrays.asList((String) null),
                        List.of("Диктант"), List.of(), List.of(), List.of());
        LessonView monday = week.days().get(0).lessons().get(0);
        assertThat(monday).extracting(LessonView::slot, LessonView::startsAt, LessonView::endsAt, LessonView::subject,
                        LessonView::room, LessonView::teacher, LessonView::homework, LessonView::attendance)
                .containsExactly(1, "08:00", "08:40", "Математика", "214", "Ковалёв П. С.", "№ 12, 14", null);
        assertThat(monday.marks()).extracting(MarkView::value, MarkView::kind, MarkView::kindShort, MarkView::weight)
                .containsExactly(tuple(5, "Ответ на уроке", "Ответ", new BigDecimal("1.00")));
        LessonView group = week.days().get(0).lessons().get(1);
        assertThat(group).extracting(LessonView::group, LessonView::substitute, LessonView::homeworkNone,
                LessonView::attendance).containsExactly("Английский, группа 1", "Зайцева О. В.", true, "ILL");
        assertThat(week.days().get(1).lessons().get(0)).extracting(LessonView::cancelled, LessonView::changeNote)
                .containsExactly(true, "Учитель болен");
        assertThat(week.days().get(2).lessons().get(0).marks()).extracting(MarkView::value, MarkView::value2,
                MarkView::kindShort).containsExactly(tuple(5, 4, "Дикт."));
    }

    @Test
    void marksByPeriodHaveWeightedAveragesAndAttendanceCountsHeldLessons() {
        Fixture f = fixture();
        DiaryTestData d = f.data();
        long maths = d.subject("Математика");
        long art = d.subject("Изобразительное искусство");
        long l1 = d.lesson(f.fiveB(), null, maths, "2026-11-19", 1, f.teacher(), null, "Уравнения", null);
        long l2 = d.lesson(f.fiveB(), null, maths, "2026-11-20", 1, f.teacher(), null, "Уравнения", null);
        long l3 = d.lesson(f.fiveB(), null, art, "2026-11-20", 2, f.teacher(), null, "Натюрморт", null);
        d.lesson(f.fiveB(), null, maths, "2026-10-20", 1, f.teacher(), null, "Первая четверть", null);
        d.mark(l1, f.efimov(), 1, 5, null, "ANSWER");
        d.mark(l1, f.efimov(), 2, 3, null, "TEST");
        d.mark(l2, f.efimov(), 1, 4, null, "HOMEWORK");
        d.attendance(l2, f.efimov(), "ABSENT");
        d.attendance(l3, f.efimov(), "EXCUSED");
        long second = Long.parseLong(Db.column(db, "SELECT id FROM reporting_period WHERE academic_year_id = ? "
                + "AND number = 2", f.data().yearId()).get(0));

        finalMark(d, f, maths, 1, "3", "DRAFT");
        finalMark(d, f, maths, 2, "4", "CONFIRMED");
        finalMark(d, f, art, 1, null, "DRAFT");

        MarksReport marks = diary.marks(guardian(f), f.efimov(), second);

        assertThat(marks.period().startsOn()).isEqualTo("2026-11-05");
        assertThat(marks.subjects()).extracting(SubjectMarksView::subject, SubjectMarksView::average,
                        s -> s.marks().size(), SubjectMarksView::finalMark)
                .as("the last confirmed final mark; a draft is not shown")
                .containsExactly(tuple("Изобразительное искусство", null, 0, null),
                        tuple("Математика", new BigDecimal("3.75"), 3, "4"));

        AttendanceSummary attendance = diary.attendance(guardian(f), f.efimov(), second);
        assertThat(attendance.subjects()).extracting(AttendanceSummary.Line::subject, AttendanceSummary.Line::lessons,
                        AttendanceSummary.Line::absent, AttendanceSummary.Line::excused)
                .containsExactly(tuple("Изобразительное искусство", 1, 0, 1), tuple("Математика", 2, 1, 0));
        assertThat(attendance.total()).extracting(AttendanceSummary.Line::lessons, AttendanceSummary.Line::absent,
                AttendanceSummary.Line::ill, AttendanceSummary.Line::excused).containsExactly(3, 1, 0, 1);
        assertThat(diary.homework(guardian(f), f.efimov(), day("2026-11-16"), day("2026-11-21")))
                .as("topics without homework text are «без задания»").hasSize(3);
    }

    @Test
    void onlyTheStudentTheirLegalRepresentativesAndTheirClassTeacherTodayMayRead() {
        Fixture f = fixture();
        DiaryTestData d = f.data();
        long otherParent = d.person("Сидоров", "Игорь", "Павлович");
        long formerGuardian = d.person("Лебедев", "Олег", "Ильич");
        d.guardianship(formerGuardian, f.efimov(), "2026-10-01");
        ClassesTestData otherSchool = ClassesTestData.create(schools, calendar);
        long foreignTeacher = otherSchool.teacher(db, "Громов", "Антон", "Юрьевич");
        long auditBefore = Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'diary.read-by-class-teacher' "
                + "AND object_id = ?", Long.toString(f.efimov()));

        assertThat(diary.week(guardian(f), f.efimov(), null).studentPersonId()).isEqualTo(f.efimov());
        assertThat(diary.week(person("it-student", f.efimov(), Role.STUDENT), f.efimov(), null).days()).hasSize(6);
        assertThat(diary.week(person("it-class-teacher", f.orlova(), Role.CLASS_TEACHER), f.efimov(), null).days())
                .hasSize(6);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'diary.read-by-class-teacher' "
                + "AND object_id = ?", Long.toString(f.efimov()))).as("a class teacher's reading is audited")
                .isEqualTo(auditBefore + 1);

        for (Actor refused : new Actor[] {person("it-other-parent", otherParent, Role.PARENT),
                person("it-former", formerGuardian, Role.PARENT),
                person("it-classmate", f.classmate(), Role.STUDENT),
                person("it-former-class-teacher", f.ivanova(), Role.CLASS_TEACHER),
                person("it-foreign-teacher", foreignTeacher, Role.TEACHER, Role.CLASS_TEACHER),
                REGION_ADMIN, null}) {
            assertThatThrownBy(() -> diary.week(refused, f.efimov(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> diary.absenceReports(refused, f.efimov())).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> diary.week(guardian(f), Long.MAX_VALUE, null)).isInstanceOf(AccessDeniedException.class);

        assertThat(diary.children(guardian(f))).extracting(c -> c.displayName(), c -> c.relation(), c -> c.className())
                .containsExactly(tuple("Ефимов Тимофей Алексеевич", "GUARDIAN", "5Б"));
        assertThat(diary.children(guardian(f)).get(0).periods()).hasSize(4);
        assertThat(diary.children(person("it-student", f.efimov(), Role.STUDENT)))
                .extracting(c -> c.relation()).containsExactly("SELF");
        assertThat(diary.children(person("it-other-parent", otherParent, Role.PARENT))).isEmpty();
        assertThat(diary.children(person("it-former", formerGuardian, Role.PARENT))).isEmpty();
    }

    @Test
    void aReadDiaryIsServedAgainUntilACommittedChangeConcernsIt() {
        Fixture f = fixture();
        DiaryTestData d = f.data();
        long maths = d.subject("Математика");
        long lesson = d.lesson(f.fiveA(), null, maths, "2026-11-16", 1, f.teacher(), null, "Дроби", null);
        Actor father = guardian(f);

        // once the fixture's own changes have been read from diary_change, an unchanged week is served again
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            WeekView first = diary.week(father, f.efimov(), day("2026-11-16"));
            assertThat(diary.week(father, f.efimov(), day("2026-11-17"))).as("served again while nothing changed")
                    .isSameAs(first);
        });

        // changes made straight in the database, as another node or an import would make them
        Db.update(db, "UPDATE lesson SET topic = 'Десятичные дроби' WHERE id = ?", lesson);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                diary.week(father, f.efimov(), day("2026-11-16")).days().get(0).lessons())
                .extracting(LessonView::topic).containsExactly("Десятичные дроби"));

        d.mark(lesson, f.efimov(), 1, 4, null, "ANSWER");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                diary.week(father, f.efimov(), day("2026-11-16")).days().get(0).lessons().get(0).marks())
                .extracting(MarkView::value).containsExactly(4));

        Db.update(db, "UPDATE guardianship SET valid_to = ? WHERE child_person_id = ? AND guardian_person_id = ?",
                java.sql.Date.valueOf("2026-09-02"), f.efimov(), father.personId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(
                () -> diary.week(father, f.efimov(), day("2026-11-16"))).isInstanceOf(AccessDeniedException.class));
    }

    private Fixture fixture() {
        ClassesTestData school = ClassesTestData.create(schools, calendar);
        DiaryTestData data = DiaryTestData.create(db, school);
        long ivanova = school.teacher(db, "Иванова", "Мария", "Петровна");
        long orlova = school.teacher(db, "Орлова", "Нина", "Васильевна");
        long teacher = school.teacher(db, "Ковалёв", "Пётр", "Сергеевич");
        long substitute = school.teacher(db, "Зайцева", "Ольга", "Викторовна");
        ClassItem fiveA = classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "А", ivanova));
        ClassItem fiveB = classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "Б", orlova));
        GroupItem english1 = classes.addGroup(REGION_ADMIN, fiveA.id(), "Английский, группа 1");
        GroupItem english2 = classes.addGroup(REGION_ADMIN, fiveA.id(), "Английский, группа 2");
        GroupItem fiveBGroup = classes.addGroup(REGION_ADMIN, fiveB.id(), "Английский, группа 1");
        long efimov = enrol(school, "Ефимов", "Тимофей", "Алексеевич", fiveA);
        long classmate = enrol(school, "Алексеева", "Дарья", "Романовна", fiveA);
        students.move(REGION_ADMIN, efimov, new NewMovement(NewMovement.Kind.GROUP_MOVE, day("2026-09-01"), null,
                english1.id(), null, "№ 1"));
        students.move(REGION_ADMIN, efimov, new NewMovement(NewMovement.Kind.TRANSFER, day("2026-11-18"), fiveB.id(),
                null, null, "№ 2"));
        long father = data.person("Ефимов", "Алексей", "Иванович");
        data.guardianship(father, efimov, null);
        return new Fixture(data, fiveA.id(), fiveB.id(), ivanova, orlova, teacher, substitute, efimov, classmate,
                english1.id(), english2.id(), fiveBGroup.id());
    }

    private long enrol(ClassesTestData school, String surname, String givenName, String patronymic,
                       ClassItem schoolClass) {
        return students.enrol(REGION_ADMIN, school.school(), new NewStudent(new PersonCardInput(surname, givenName,
                patronymic, "2015-03-14", null), Sex.MALE, schoolClass.id(), day("2026-09-01"), "№ 112-у")).personId();
    }

    private Actor guardian(Fixture f) {
        long father = Long.parseLong(Db.column(db, "SELECT guardian_person_id FROM guardianship WHERE child_person_id = ? "
                + "AND valid_to IS NULL", f.efimov()).get(0));
        return person("it-father", father, Role.PARENT);
    }

    private static Actor person(String subject, long personId, Role... roles) {
        return RegionTestData.actor(subject, new PersonName("Тест", "Тест", null), roles).boundTo(personId);
    }

    /** A final mark of the second quarter, written as the journal writes it (a new version each time). */
    private void finalMark(DiaryTestData d, Fixture f, long subject, int version, String value, String state) {
        Db.update(db, "INSERT INTO final_mark (school_id, academic_year_id, school_class_id, subject_id, student_person_id, "
                + "period_number, version, value, not_attested, state, set_at, set_by_issuer, set_by_subject) "
                + "SELECT c.school_id, c.academic_year_id, c.id, ?, ?, 2, ?, ?::smallint, CAST(? AS SMALLINT) IS NULL, ?, "
                + "now() + make_interval(secs => ?), 'it', 'it' FROM school_class c WHERE c.id = ?",
                subject, f.efimov(), version, value, value, state, version, f.fiveB());
    }
}
