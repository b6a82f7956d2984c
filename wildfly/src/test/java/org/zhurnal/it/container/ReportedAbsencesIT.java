package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.diary.application.AbsenceReportService;
import org.zhurnal.diary.application.DiaryAccess;
import org.zhurnal.diary.application.NewAbsenceReport;
import org.zhurnal.diary.domain.AbsenceDecision;
import org.zhurnal.diary.domain.AbsenceReason;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.JournalTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/**
 * An accepted absence report fills the student's attendance on the reported days through the journal:
 * empty cells and Н become the report's code, a reason already given stays, cancelled lessons, other
 * students, days outside the report and closed periods are untouched; the history names the class teacher
 * and the report, the lesson's version goes up and the save is audited. A rejected report writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReportedAbsencesIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(ReportedAbsencesIT.class, JournalTestData.class, ClassesTestData.class,
                RegionTestData.class, Db.class, DiaryTestData.class);
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
    DiaryAccess access;

    @Inject
    AbsenceReportService reports;

    @Test
    void anAcceptedReportFillsEmptyAndNCellsOnlyAndRecordsWhoAndWhy() {
        JournalTestData data = JournalTestData.create(db, schools, calendar, classes, students, 5);
        DiaryTestData diary = DiaryTestData.create(db, data.school());
        long child = data.students().get(0);
        long classmate = data.students().get(1);
        Db.update(db, "UPDATE school_class SET class_teacher_person_id = ? WHERE id = ?", data.teacherPerson(),
                data.classId());
        Actor classTeacher = JournalTestData.boundActor("it-class-teacher-" + data.teacherPerson(), data.teacherPerson(),
                Role.TEACHER, Role.CLASS_TEACHER);
        long father = diary.person("Алексеев", "Пётр", "Иванович");
        diary.guardianship(father, child, null);
        Actor parent = JournalTestData.boundActor("it-father-" + father, father, Role.PARENT);
        LocalDate today = access.today();

        long empty = data.lesson(db, 0);
        long absent = lesson(diary, data, today.plusDays(1), 1);
        long excused = lesson(diary, data, today.plusDays(1), 2);
        long cancelled = lesson(diary, data, today.plusDays(2), 1);
        long after = lesson(diary, data, today.plusDays(3), 1);
        diary.attendance(absent, child, "ABSENT");
        diary.attendance(excused, child, "EXCUSED");
        diary.cancel(cancelled);
        diary.attendance(empty, classmate, "ABSENT");

        long rejected = reports.report(parent, child, new NewAbsenceReport(today, today.plusDays(2), AbsenceReason.FAMILY,
                null)).id();
        reports.decide(classTeacher, rejected, AbsenceDecision.REJECTED, null);
        assertThat(Db.count(db, "SELECT count(*) FROM attendance_change WHERE student_person_id = ?", child)).isZero();

        long report = reports.report(parent, child, new NewAbsenceReport(today, today.plusDays(2), AbsenceReason.ILLNESS,
                "Температура")).id();
        reports.decide(classTeacher, report, AbsenceDecision.ACCEPTED, "ILL");

        assertThat(Db.column(db, "SELECT concat_ws('|', lesson_id, code) FROM attendance WHERE student_person_id = ? "
                + "ORDER BY lesson_date, lesson_id", child))
                .containsExactly(empty + "|ILL", absent + "|ILL", excused + "|EXCUSED");
        assertThat(Db.column(db, "SELECT concat_ws('|', lesson_id, coalesce(old_code, '-'), new_code, changed_by_person_id, "
                        + "absence_report_id, reason) FROM attendance_change WHERE student_person_id = ? ORDER BY id", child))
                .containsExactly(
                        empty + "|-|ILL|" + data.teacherPerson() + "|" + report + "|Принято сообщение об отсутствии № " + report,
                        absent + "|ABSENT|ILL|" + data.teacherPerson() + "|" + report
                                + "|Принято сообщение об отсутствии № " + report);
        assertThat(Db.column(db, "SELECT concat_ws('|', id, version) FROM lesson WHERE id IN (?, ?, ?, ?, ?) ORDER BY id",
                empty, absent, excused, cancelled, after))
                .containsExactly(empty + "|1", absent + "|1", excused + "|0", cancelled + "|0", after + "|0");
        assertThat(Db.column(db, "SELECT code FROM attendance WHERE student_person_id = ?", classmate))
                .containsExactly("ABSENT");
        assertThat(Db.column(db, "SELECT object_id FROM audit_event WHERE action = 'lesson.journal-saved' "
                + "AND object_id IN (?, ?, ?) ORDER BY object_id", Long.toString(empty), Long.toString(absent),
                Long.toString(excused))).containsExactlyInAnyOrder(Long.toString(empty), Long.toString(absent));

        diary.guardianship(father, classmate, null);
        Db.update(db, "UPDATE reporting_period SET closed_at = now() WHERE academic_year_id = ? "
                + "AND CAST(? AS date) BETWEEN starts_on AND ends_on", data.school().year(), today.toString());
        long inClosedPeriod = reports.report(parent, classmate, new NewAbsenceReport(today, today, AbsenceReason.FAMILY,
                null)).id();
        reports.decide(classTeacher, inClosedPeriod, AbsenceDecision.ACCEPTED, "EXCUSED");
        assertThat(Db.column(db, "SELECT decision FROM absence_report WHERE id = ?", inClosedPeriod))
                .as("the decision stands").containsExactly("ACCEPTED");
        assertThat(Db.column(db, "SELECT code FROM attendance WHERE student_person_id = ?", classmate))
                .as("a closed period stays as it was").containsExactly("ABSENT");
        assertThat(Db.count(db, "SELECT count(*) FROM attendance_change WHERE student_person_id = ?", classmate)).isZero();
    }

    private static long lesson(DiaryTestData diary, JournalTestData data, LocalDate date, int slot) {
        return diary.lesson(data.classId(), null, data.subjectId(), date.toString(), slot, data.teacherPerson(), null,
                null, null);
    }
}
