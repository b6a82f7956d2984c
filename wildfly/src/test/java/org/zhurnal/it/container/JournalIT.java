package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.JournalTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.journal.application.CellHistory;
import org.zhurnal.journal.application.CellHistoryService;
import org.zhurnal.journal.application.ChangeRequestService;
import org.zhurnal.journal.application.JournalEdit;
import org.zhurnal.journal.application.JournalEdit.Description;
import org.zhurnal.journal.application.JournalEdit.MarkInput;
import org.zhurnal.journal.application.JournalEdit.StudentCells;
import org.zhurnal.journal.application.JournalGrid;
import org.zhurnal.journal.application.JournalGridService;
import org.zhurnal.journal.application.LessonJournalService;
import org.zhurnal.journal.application.LessonPage;
import org.zhurnal.journal.application.NewChangeRequest;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/** The lesson journal's save path, access, change requests and append-only history on the real stack. */
@ExtendWith(ArquillianExtension.class)
class JournalIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(JournalIT.class, JournalTestData.class, ClassesTestData.class, RegionTestData.class,
                Db.class);
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
    LessonJournalService journal;

    @Inject
    CellHistoryService history;

    @Inject
    ChangeRequestService requests;

    @Inject
    JournalGridService grids;

    @Test
    void oneSaveWritesTheLessonAndOnlyTheChangedCellsEachFirstIntoTheHistory() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 0);
        long answer = JournalTestData.workKind(db, "ANSWER");
        long first = data.students().get(0);
        long second = data.students().get(1);

        var saved = journal.save(data.teacher(), lesson, new JournalEdit(0, new Description("Дроби", null, "№ 12", false),
                List.of(new StudentCells(first, AttendanceCode.ABSENT, List.of()),
                        new StudentCells(second, null, List.of(new MarkInput(1, 5, null, answer, "у доски"))))));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.marksChanged()).isEqualTo(1);
        assertThat(Db.column(db, "SELECT concat_ws('|', topic, homework, version) FROM lesson WHERE id = ?", lesson))
                .containsExactly("Дроби|№ 12|1");
        assertThat(Db.column(db, "SELECT concat_ws('|', student_person_id, value, weight, comment) FROM mark WHERE lesson_id = ?",
                lesson)).containsExactly(second + "|5|1.00|у доски");
        assertThat(Db.column(db, "SELECT code FROM attendance WHERE lesson_id = ? AND student_person_id = ?", lesson, first))
                .containsExactly("ABSENT");

        journal.save(data.teacher(), lesson, new JournalEdit(1, null, List.of(new StudentCells(first, null, List.of()),
                new StudentCells(second, null, List.of(new MarkInput(1, 4, null, answer, "у доски"))))));
        journal.save(data.teacher(), lesson, new JournalEdit(2, null, List.of(new StudentCells(first, null, List.of()))));

        assertThat(Db.column(db, "SELECT concat_ws('|', action, old_value, new_value, changed_by_person_id) FROM mark_change "
                + "WHERE lesson_id = ? ORDER BY id", lesson))
                .containsExactly("SET|5|" + data.teacherPerson(), "CHANGE|5|4|" + data.teacherPerson());
        assertThat(Db.column(db, "SELECT concat_ws('|', coalesce(old_code, '-'), coalesce(new_code, '-')) FROM attendance_change "
                + "WHERE lesson_id = ? ORDER BY id", lesson)).containsExactly("-|ABSENT", "ABSENT|-");
        assertThat(Db.count(db, "SELECT count(*) FROM attendance WHERE lesson_id = ?", lesson)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE object_type = 'LESSON' AND object_id = ?",
                Long.toString(lesson))).isEqualTo(3);
        List<CellHistory.Entry> secondsHistory = history.of(data.teacher(), lesson, second);
        assertThat(secondsHistory).extracting(CellHistory.Entry::oldValue, CellHistory.Entry::newValue,
                CellHistory.Entry::changedByName).containsExactly(
                org.assertj.core.api.Assertions.tuple(null, "5", "Учителева Анна Ивановна"),
                org.assertj.core.api.Assertions.tuple("5", "4", "Учителева Анна Ивановна"));

        assertThatThrownBy(() -> journal.save(data.teacher(), lesson, new JournalEdit(1, null, List.of())))
                .as("a stale version").isInstanceOf(ConflictException.class).hasMessageContaining("Обновите страницу");
        assertThatThrownBy(() -> Db.update(db, "UPDATE mark_change SET new_value = 2 WHERE lesson_id = ?", lesson))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Db.update(db, "DELETE FROM attendance_change WHERE lesson_id = ?", lesson))
                .hasStackTraceContaining("append-only");

        LessonPage page = journal.page(data.teacher(), lesson);
        assertThat(page.lesson().version()).isEqualTo(3);
        assertThat(page.students()).extracting(LessonPage.StudentRow::studentId).containsExactly(first, second);
        assertThat(page.students().get(1).marks()).extracting(LessonPage.MarkRow::value).containsExactly(4);
        assertThat(page.permissions().canWrite()).isTrue();

        JournalGrid grid = grids.grid(data.teacher(), data.classId(), data.subjectId(), null, null);
        assertThat(grid.lessons()).extracting(JournalGrid.Column::id).containsExactly(lesson);
        assertThat(grid.students().get(1).cells().get(0).marks()).extracting(LessonPage.MarkRow::value).containsExactly(4);
        assertThat(grid.students().get(1).average()).isEqualByComparingTo("4.00");
        assertThat(grid.students().get(1).notAttested()).as("one mark is fewer than three").isTrue();
    }

    @Test
    void rulesRefuseTheWholeSaveWithNothingWritten() {
        JournalTestData data = data(1);
        long today = data.lesson(db, 0);
        long answer = JournalTestData.workKind(db, "ANSWER");
        long student = data.students().get(0);

        assertThatThrownBy(() -> journal.save(data.teacher(), today, new JournalEdit(0, null,
                List.of(new StudentCells(student, null, List.of(new MarkInput(1, 5, null, answer, null)))))))
                .isInstanceOf(InvalidInputException.class).hasMessage("В 1 классе отметки не ставятся");
        assertThatThrownBy(() -> journal.save(data.teacher(), today, new JournalEdit(0,
                new Description("Тема", null, "Прочитать", false), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("В 1 классе домашнее задание не задаётся");
        long yesterday = data.lesson(db, 1);
        assertThatThrownBy(() -> journal.save(data.teacher(), yesterday, new JournalEdit(0, null,
                List.of(new StudentCells(student, AttendanceCode.ILL, List.of())))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("только в день урока");
        Db.update(db, "UPDATE reporting_period SET closed_at = now() WHERE academic_year_id = ? "
                + "AND CAST(now() AS date) BETWEEN starts_on AND ends_on", data.school().year());
        assertThatThrownBy(() -> journal.save(data.teacher(), today, new JournalEdit(0, null,
                List.of(new StudentCells(student, AttendanceCode.ABSENT, List.of())))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("период закрыт");
        assertThat(Db.count(db, "SELECT count(*) FROM attendance_change WHERE lesson_id IN (?, ?)", today, yesterday)).isZero();
        assertThat(Db.column(db, "SELECT version FROM lesson WHERE id = ?", today)).containsExactly("0");
    }

    @Test
    void theTeacherTheSubstituteAndTheSchoolsAdminWriteOthersAreRefused() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 0);
        long student = data.students().get(0);
        long otherTeacher = data.school().teacher(db, "Другова", "Ольга", "Петровна");
        Actor other = JournalTestData.boundActor("it-journal-other-" + otherTeacher, otherTeacher, Role.TEACHER);
        ClassesTestData otherSchool = ClassesTestData.create(schools, calendar);
        long otherAdminPerson = otherSchool.teacher(db, "Админова", "Вера", "Львовна");
        Db.update(db, "INSERT INTO staff_position (school_id, person_id, position, valid_from) "
                + "VALUES (?, ?, 'JOURNAL_ADMIN', DATE '2025-09-01')", otherSchool.school(), otherAdminPerson);
        Actor otherAdmin = JournalTestData.boundActor("it-journal-admin-" + otherAdminPerson, otherAdminPerson,
                Role.JOURNAL_ADMIN);
        JournalEdit absent = new JournalEdit(0, null, List.of(new StudentCells(student, AttendanceCode.ABSENT, List.of())));

        for (Actor refused : new Actor[] {other, otherAdmin, RegionTestData.PARENT}) {
            assertThatThrownBy(() -> journal.save(refused, lesson, absent)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> journal.page(refused, lesson)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grids.grid(refused, data.classId(), data.subjectId(), null, null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Db.update(db, "UPDATE lesson SET substitute_person_id = ?, version = version + 1 WHERE id = ?", otherTeacher, lesson);
        journal.save(other, lesson, new JournalEdit(1, null,
                List.of(new StudentCells(student, AttendanceCode.ABSENT, List.of()))));
        journal.save(REGION_ADMIN, lesson, new JournalEdit(2, null,
                List.of(new StudentCells(student, AttendanceCode.EXCUSED, List.of()))));
        assertThat(Db.column(db, "SELECT code FROM attendance WHERE lesson_id = ?", lesson)).containsExactly("EXCUSED");
    }

    @Test
    void anOldMarkChangesOnlyThroughAnApprovedRequest() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 10);
        long answer = JournalTestData.workKind(db, "ANSWER");
        long student = data.students().get(0);
        Db.update(db, "INSERT INTO mark (school_year, lesson_id, student_person_id, position, value, work_kind_id, weight, "
                + "lesson_date, subject_id, school_class_id, set_at) SELECT school_year, id, ?, 1, 3, ?, 1, lesson_date, "
                + "subject_id, school_class_id, now() FROM lesson WHERE id = ?", student, answer, lesson);

        assertThatThrownBy(() -> journal.save(data.teacher(), lesson, new JournalEdit(0, null,
                List.of(new StudentCells(student, null, List.of(new MarkInput(1, 4, null, answer, null)))))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("запрос администратору журнала");

        Long id = requests.request(data.teacher(), lesson, new NewChangeRequest(student, 1, 4, null, answer,
                "Ошибка ввода", null, null));
        assertThatThrownBy(() -> requests.request(data.teacher(), lesson,
                new NewChangeRequest(student, 1, 5, null, answer, "Ещё раз", null, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> requests.approve(data.teacher(), id)).isInstanceOf(AccessDeniedException.class);
        requests.approve(REGION_ADMIN, id);

        assertThat(Db.column(db, "SELECT value FROM mark WHERE lesson_id = ?", lesson)).containsExactly("4");
        assertThat(Db.column(db, "SELECT concat_ws('|', action, old_value, new_value, reason, changed_by_person_id, "
                + "approved_by_subject, change_request_id) FROM mark_change WHERE lesson_id = ?", lesson))
                .containsExactly("CHANGE|3|4|Ошибка ввода|" + data.teacherPerson() + "|" + REGION_ADMIN.subject() + "|" + id);
        assertThat(Db.column(db, "SELECT state FROM mark_change_request WHERE id = ?", id)).containsExactly("APPROVED");
        assertThatThrownBy(() -> requests.refuse(REGION_ADMIN, id, "Нет")).isInstanceOf(ConflictException.class);

        Long removal = requests.request(data.teacher(), lesson, new NewChangeRequest(student, 1, null, null, null,
                "Не было", null, null));
        assertThatThrownBy(() -> requests.refuse(REGION_ADMIN, removal, " ")).isInstanceOf(InvalidInputException.class);
        requests.refuse(REGION_ADMIN, removal, "Отметка подтверждена");
        assertThat(Db.column(db, "SELECT value FROM mark WHERE lesson_id = ?", lesson)).containsExactly("4");
        assertThat(requests.ofSchool(REGION_ADMIN, data.school().school(), null))
                .extracting(r -> r.state() + ":" + r.requestedValue()).containsExactly("APPROVED:4", "REFUSED:null");
    }

    @Test
    void attendanceAfterTheLessonDayChangesOnlyThroughAnApprovedRequest() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 1);
        long today = data.lesson(db, 0);
        long student = data.students().get(0);
        Db.update(db, "INSERT INTO attendance (school_year, lesson_id, student_person_id, code, lesson_date, subject_id, "
                + "school_class_id, set_at) SELECT school_year, id, ?, 'ABSENT', lesson_date, subject_id, school_class_id, "
                + "now() FROM lesson WHERE id = ?", student, lesson);
        Actor admin = data.school().journalAdmin(db);

        assertThatThrownBy(() -> requests.request(data.teacher(), today, attendance(student, AttendanceCode.ILL, "Справка")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("в журнале сами")
                .satisfies(e -> RegionTestData.hasField(e, "attendance"));
        assertThatThrownBy(() -> requests.request(data.teacher(), lesson, attendance(student, AttendanceCode.ABSENT, "Так")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("исправлять нечего");
        assertThatThrownBy(() -> requests.request(data.teacher(), lesson, attendance(student, AttendanceCode.ILL, " ")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> RegionTestData.hasField(e, "reason"));
        Long id = requests.request(data.teacher(), lesson, attendance(student, AttendanceCode.ILL, "Принесли справку"));
        assertThatThrownBy(() -> requests.request(data.teacher(), lesson, attendance(student, null, "Был на уроке")))
                .isInstanceOf(ConflictException.class);
        assertThat(requests.ofSchool(admin, data.school().school(), null))
                .extracting(r -> r.cell() + ":" + r.position() + ":" + r.currentCode() + ">" + r.requestedCode())
                .containsExactly("ATTENDANCE:0:ABSENT>ILL");
        assertThatThrownBy(() -> requests.approve(data.teacher(), id)).isInstanceOf(AccessDeniedException.class);
        requests.approve(admin, id);

        assertThat(Db.column(db, "SELECT code FROM attendance WHERE lesson_id = ?", lesson)).containsExactly("ILL");
        assertThat(Db.column(db, "SELECT concat_ws('|', old_code, new_code, reason, changed_by_person_id, "
                + "approved_by_person_id, change_request_id) FROM attendance_change WHERE lesson_id = ?", lesson))
                .containsExactly("ABSENT|ILL|Принесли справку|" + data.teacherPerson() + "|" + admin.personId() + "|" + id);
        assertThat(history.of(data.teacher(), lesson, student)).extracting(CellHistory.Entry::newValue,
                CellHistory.Entry::approvedByName).containsExactly(org.assertj.core.api.Assertions.tuple("Б",
                "Кузнецов Андрей Сергеевич"));
        assertThat(Db.column(db, "SELECT version FROM lesson WHERE id = ?", lesson)).containsExactly("1");
    }

    private static NewChangeRequest attendance(long student, AttendanceCode code, String reason) {
        return new NewChangeRequest(student, 0, null, null, null, reason, "ATTENDANCE", code);
    }

    @Test
    void aLessonsPlanTopicIsOneOfThePlanOfItsSubjectAndGrade() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 0);
        long fractions = planTopic(data, data.subjectId(), 5, "Дроби");
        long otherGrade = planTopic(data, data.subjectId(), 6, "Пропорции");

        assertThatThrownBy(() -> journal.save(data.teacher(), lesson, new JournalEdit(0,
                new Description("Пропорции", otherGrade, null, false), List.of())))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> RegionTestData.hasField(e, "planTopicId"));
        journal.save(data.teacher(), lesson, new JournalEdit(0, new Description("Дроби", fractions, null, false), List.of()));

        assertThat(Db.column(db, "SELECT concat_ws('|', topic, plan_topic_id) FROM lesson WHERE id = ?", lesson))
                .containsExactly("Дроби|" + fractions);
    }

    private long planTopic(JournalTestData data, long subjectId, int grade, String title) {
        long plan = Long.parseLong(Db.column(db, "INSERT INTO thematic_plan (school_id, academic_year_id, subject_id, grade) "
                + "VALUES (?, ?, ?, ?) RETURNING id", data.school().school(), data.school().year(), subjectId, grade).get(0));
        return Long.parseLong(Db.column(db, "INSERT INTO plan_topic (plan_id, position, title, hours) VALUES (?, 1, ?, 2) "
                + "RETURNING id", plan, title).get(0));
    }

    private JournalTestData data(int grade) {
        return JournalTestData.create(db, schools, calendar, classes, students, grade);
    }
}
