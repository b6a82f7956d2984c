package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.hasField;

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
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.diary.application.AbsenceReportService;
import org.zhurnal.diary.application.AbsenceReportView;
import org.zhurnal.diary.application.ClassAbsencesView;
import org.zhurnal.diary.application.DiaryAccess;
import org.zhurnal.diary.application.DiaryService;
import org.zhurnal.diary.application.NewAbsenceReport;
import org.zhurnal.diary.domain.AbsenceDecision;
import org.zhurnal.diary.domain.AbsenceReason;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * Attendance follow-up: a parent reports an absence in advance, the class teacher sees the day's absences
 * (attendance marks and reports) of their class and decides once; only they may; everything is audited.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceReportsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(AbsenceReportsIT.class, ClassesTestData.class, RegionTestData.class, Db.class,
                DiaryTestData.class);
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
    DiaryService diary;

    @Inject
    AbsenceReportService reports;

    @Test
    void aParentsReportIsSeenAndDecidedOnceByTheClassTeacherOnly() {
        ClassesTestData school = ClassesTestData.create(schools, calendar);
        DiaryTestData data = DiaryTestData.create(db, school);
        long ivanova = school.teacher(db, "Иванова", "Мария", "Петровна");
        long orlova = school.teacher(db, "Орлова", "Нина", "Васильевна");
        ClassItem fiveA = classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "А", ivanova));
        classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "Б", orlova));
        long anna = students.enrol(REGION_ADMIN, school.school(), new NewStudent(new PersonCardInput("Петрова", "Анна",
                "Сергеевна", "2015-04-12", null), Sex.FEMALE, fiveA.id(), day("2026-09-01"), "№ 7")).personId();
        long father = data.person("Петров", "Сергей", "Николаевич");
        data.guardianship(father, anna, null);
        Actor parent = person("it-petrov", father, Role.PARENT);
        Actor classTeacher = person("it-ivanova", ivanova, Role.TEACHER, Role.CLASS_TEACHER);
        LocalDate tomorrow = access.today().plusDays(1);

        AbsenceReportView filed = reports.report(parent, anna, new NewAbsenceReport(tomorrow, tomorrow.plusDays(1),
                AbsenceReason.ILLNESS, " Температура "));
        assertThat(filed).extracting(AbsenceReportView::classId, AbsenceReportView::reason, AbsenceReportView::comment,
                AbsenceReportView::decision).containsExactly(fiveA.id(), "ILLNESS", "Температура", null);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'ABSENCE_REPORT' AND object_id = ?",
                Long.toString(filed.id()))).containsExactly("absence.reported");

        assertThatThrownBy(() -> reports.report(person("it-anna", anna, Role.STUDENT), anna,
                new NewAbsenceReport(tomorrow, tomorrow, AbsenceReason.FAMILY, null)))
                .as("a student does not report for themselves").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(classTeacher, anna,
                new NewAbsenceReport(tomorrow, tomorrow, AbsenceReason.FAMILY, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(parent, anna, new NewAbsenceReport(tomorrow.minusDays(2), tomorrow,
                AbsenceReason.FAMILY, null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "from"));

        long maths = data.subject("Математика");
        long lesson = data.lesson(fiveA.id(), null, maths, tomorrow.toString(), 2, ivanova, null, "Дроби", null);
        data.attendance(lesson, anna, "ABSENT");
        ClassAbsencesView day = reports.classAbsences(classTeacher, tomorrow);
        assertThat(day.classes()).extracting(ClassAbsencesView.ClassDay::className).containsExactly("5А");
        ClassAbsencesView.AbsentStudent absent = day.classes().get(0).students().get(0);
        assertThat(absent.displayName()).isEqualTo("Петрова Анна Сергеевна");
        assertThat(absent.lessons()).extracting(ClassAbsencesView.MissedLesson::slot,
                ClassAbsencesView.MissedLesson::subject, ClassAbsencesView.MissedLesson::code)
                .containsExactly(tuple(2, "Математика", "ABSENT"));
        assertThat(absent.reports()).extracting(AbsenceReportView::id).containsExactly(filed.id());
        assertThat(reports.classAbsences(person("it-orlova", orlova, Role.CLASS_TEACHER), tomorrow).classes())
                .extracting(ClassAbsencesView.ClassDay::className).containsExactly("5Б");

        assertThatThrownBy(() -> reports.decide(person("it-orlova", orlova, Role.CLASS_TEACHER), filed.id(),
                AbsenceDecision.ACCEPTED, "ILL")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.decide(parent, filed.id(), AbsenceDecision.ACCEPTED, "ILL"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.decide(classTeacher, filed.id(), AbsenceDecision.ACCEPTED, "ABSENT"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "code"));
        AbsenceReportView accepted = reports.decide(classTeacher, filed.id(), AbsenceDecision.ACCEPTED, "ILL");
        assertThat(accepted).extracting(AbsenceReportView::decision, AbsenceReportView::decidedCode)
                .containsExactly("ACCEPTED", "ILL");
        assertThatThrownBy(() -> reports.decide(classTeacher, filed.id(), AbsenceDecision.REJECTED, null))
                .isInstanceOf(ConflictException.class);
        assertThat(Db.column(db, "SELECT concat_ws('|', decision, decided_code, decided_by_person_id) FROM absence_report "
                + "WHERE id = ?", filed.id())).containsExactly("ACCEPTED|ILL|" + ivanova);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'ABSENCE_REPORT' AND object_id = ? "
                + "ORDER BY id", Long.toString(filed.id()))).containsExactly("absence.reported", "absence.report-decided");

        assertThat(diary.week(parent, anna, tomorrow.plusDays(1)).absenceReports())
                .extracting(AbsenceReportView::id, AbsenceReportView::decision).contains(tuple(filed.id(), "ACCEPTED"));
        assertThat(diary.absenceReports(parent, anna)).extracting(AbsenceReportView::id).containsExactly(filed.id());
    }

    private static Actor person(String subject, long personId, Role... roles) {
        return RegionTestData.actor(subject, new PersonName("Тест", "Тест", null), roles).boundTo(personId);
    }
}
