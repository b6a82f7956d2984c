package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewMovement;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.JournalTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.journal.application.FinalMarkService;
import org.zhurnal.journal.application.FinalSheet;
import org.zhurnal.journal.domain.FinalMarkDecision;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.reports.application.FinalMarkProposals;
import org.zhurnal.reports.application.FinalMarkProposals.Proposal;
import org.zhurnal.reports.application.ProgressReport;
import org.zhurnal.reports.application.ProgressReportService;
import org.zhurnal.reports.application.ProposalRun;
import org.zhurnal.reports.application.RegionDashboard;
import org.zhurnal.reports.application.RegionDashboardService;
import org.zhurnal.reports.application.RegionFinalMarkService;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/**
 * Reports on a seeded school: the set-based proposed period marks agree row by row with the journal's own
 * final-mark sheet (FinalMarks in Java), the grade rules and moved-out pupils included; the progress report and
 * the dashboard by role.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final String[] Q1 = {"2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12"};
    private static final String[] Q2 = {"2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16"};

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(ReportsIT.class, ClassesTestData.class, RegionTestData.class, Db.class,
                JournalTestData.class);
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
    FinalMarkService finals;

    @Inject
    FinalMarkProposals proposals;

    @Inject
    RegionFinalMarkService region;

    @Inject
    ProgressReportService reports;

    @Inject
    RegionDashboardService dashboards;

    /** The seeded school: a 5th, a 2nd and a 1st grade, Math for the class and English for a group of the 5th. */
    private record Seeded(ClassesTestData data, long grade5, long grade2, long grade1, long math, long english,
                          long group, List<Long> fifth, long movedOut) {
    }

    @Test
    void proposalsAgreeRowByRowWithTheJournalsFinalMarkSheet() {
        Seeded s = seed();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int period = 1; period <= 2; period++) {
            List<Proposal> rows = proposals.compute(s.data().school(), 2026, "QUARTERS", period, today);
            compare(rows, s.grade5(), s.math(), null, period);
            compare(rows, s.grade5(), s.english(), s.group(), period);
            if (period == 2) {
                compare(rows, s.grade2(), s.math(), null, period);
            }
            int p = period;
            assertThat(rows).as("grade 1: no marks, so no proposals").noneMatch(r -> r.classId() == s.grade1());
            assertThat(rows.stream().filter(r -> r.classId() == s.grade2()).count()).as("grade 2, period " + p)
                    .isEqualTo(p == 1 ? 0 : 3);
            assertThat(rows).as("the pupil who left is on no list").noneMatch(r -> r.studentId() == s.movedOut());
            assertThat(rows).anyMatch(r -> r.proposed() == null).anyMatch(r -> r.proposed() != null);
        }
    }

    @Test
    void theRegionRunStoresTheProposalsWithoutTouchingDecidedMarksAndIsAudited() {
        Seeded s = seed();
        long student = s.fifth().get(0);
        finals.decide(REGION_ADMIN, s.grade5(), s.math(), null, student, 2, new FinalMarkDecision(5, false, "Решение учителя", true));
        String before = Db.column(db, "SELECT string_agg(concat_ws('|', id, version, value, state), ',' ORDER BY id) "
                + "FROM final_mark WHERE school_id = ?", s.data().school()).get(0);

        ProposalRun run = region.compute(REGION_ADMIN, "quarter", 2, 2026);
        region.compute(REGION_ADMIN, "quarter", 2, 2026);

        List<Proposal> computed = proposals.compute(s.data().school(), 2026, "QUARTERS", 2, LocalDate.now(ZoneOffset.UTC));
        assertThat(run.schools()).isPositive();
        assertThat(run.proposals()).isGreaterThanOrEqualTo(computed.size());
        assertThat(Db.count(db, "SELECT count(*) FROM final_mark_proposal WHERE school_id = ? AND period_number = 2",
                s.data().school())).as("a second run replaces the first").isEqualTo(computed.size());
        assertThat(Db.column(db, "SELECT concat_ws('|', student_person_id, marks, average, proposed) FROM final_mark_proposal "
                + "WHERE school_id = ? AND school_class_id = ? AND subject_id = ? ORDER BY student_person_id",
                s.data().school(), s.grade5(), s.math())).containsExactlyElementsOf(computed.stream()
                .filter(r -> r.classId() == s.grade5() && r.subjectId() == s.math())
                .sorted(java.util.Comparator.comparing(Proposal::studentId))
                .map(r -> r.studentId() + "|" + r.marks() + (r.average() == null ? "" : "|" + r.average())
                        + (r.proposed() == null ? "" : "|" + r.proposed())).toList());
        assertThat(Db.column(db, "SELECT string_agg(concat_ws('|', id, version, value, state), ',' ORDER BY id) "
                + "FROM final_mark WHERE school_id = ?", s.data().school()).get(0)).isEqualTo(before);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'final-mark.proposals-computed' "
                + "AND object_id = ?", Long.toString(s.data().school()))).isEqualTo(2);
        assertThat(region.last(REGION_ADMIN, "quarter", 2, 2026).proposals()).isPositive();
        assertThatThrownBy(() -> region.compute(s.data().journalAdmin(db), "quarter", 2, 2026))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRegionsOneStatementStoresForEverySchoolWhatTheSchoolsOwnStatementComputes() {
        List<Seeded> seeded = List.of(seed(), seed());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        ProposalRun run = region.compute(REGION_ADMIN, "quarter", 2, 2026);

        int notAttested = 0;
        for (Seeded s : seeded) {
            List<Proposal> computed = proposals.compute(s.data().school(), 2026, "QUARTERS", 2, today);
            assertThat(computed).as("school %d", s.data().school()).hasSizeGreaterThan(10);
            assertThat(Db.column(db, "SELECT concat_ws('|', academic_year_id, school_class_id, subject_id, "
                            + "COALESCE(class_group_id, 0), student_person_id, marks, COALESCE(CAST(average AS text), 'null'), "
                            + "COALESCE(CAST(proposed AS text), 'null')) FROM final_mark_proposal WHERE school_id = ? "
                            + "AND period_number = 2 AND run_id = ?", s.data().school(), run.runId()))
                    .as("school %d", s.data().school())
                    .containsExactlyInAnyOrderElementsOf(computed.stream().map(r -> r.yearId() + "|" + r.classId() + "|"
                            + r.subjectId() + "|" + (r.groupId() == null ? 0 : r.groupId()) + "|" + r.studentId() + "|"
                            + r.marks() + "|" + plain(r.average()) + "|" + r.proposed()).toList());
            notAttested += (int) computed.stream().filter(r -> r.proposed() == null).count();
        }
        assertThat(notAttested).as("the seeded н/а rows are stored too").isPositive();
        assertThat(Db.count(db, "SELECT count(*) FROM final_mark_proposal WHERE run_id = ?", run.runId()))
                .isEqualTo(run.proposals());
        assertThat(Db.count(db, "SELECT count(*) FROM final_mark_proposal WHERE run_id = ? AND proposed IS NULL",
                run.runId())).isEqualTo(run.notAttested());
    }

    @Test
    void theProgressReportCountsByClassAndSubjectForTheSchoolsAdministrationOnly() {
        Seeded s = seed();
        long student = s.fifth().get(1);
        finals.decide(REGION_ADMIN, s.grade5(), s.math(), null, student, 2, new FinalMarkDecision(2, false, "Решение", true));

        ProgressReport report = reports.report(s.data().journalAdmin(db), s.data().school(), null, 2);
        ProgressReport.ClassRow fifth = report.classes().stream().filter(c -> c.classId() == s.grade5()).findFirst()
                .orElseThrow();
        assertThat(fifth.name()).isEqualTo("5А");
        assertThat(fifth.students()).as("six enrolled, one left").isEqualTo(5);
        assertThat(fifth.summary().failing()).as("the decided 2 wins over the proposal").isGreaterThanOrEqualTo(1);
        assertThat(fifth.subjects()).extracting(ProgressReport.SubjectRow::subjectId).contains(s.math(), s.english());
        assertThat(fifth.absences().total()).isEqualTo(2);
        assertThat(fifth.absences().ill()).isEqualTo(1);
        assertThat(report.classes().stream().filter(c -> c.classId() == s.grade1()).findFirst().orElseThrow()
                .summary().attested()).as("grade 1 is not marked").isZero();

        long director = Long.parseLong(Db.column(db, "INSERT INTO person (surname, given_name) VALUES ('Директорова', 'Анна') "
                + "RETURNING id").get(0));
        Db.update(db, "INSERT INTO staff_position (school_id, person_id, position, valid_from) VALUES (?, ?, 'DIRECTOR', "
                + "DATE '2025-09-01')", s.data().school(), director);
        Actor directorActor = JournalTestData.boundActor("it-director-" + director, director, Role.DIRECTOR);
        assertThat(reports.report(directorActor, s.data().school(), null, 2).classes()).hasSize(3);
        assertThat(reports.report(REGION_ADMIN, s.data().school(), null, 1).periodNumber()).isEqualTo(1);

        ClassesTestData other = ClassesTestData.create(schools, calendar);
        assertThatThrownBy(() -> reports.report(other.journalAdmin(db), s.data().school(), null, 2))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(RegionTestData.TEACHER, s.data().school(), null, 2))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'report.progress-read' AND object_id = ?",
                Long.toString(s.data().school()))).isEqualTo(3);
    }

    @Test
    void theDashboardShowsEverySchoolToTheRegionAdministratorOnly() {
        Seeded s = seed();
        RegionDashboard dashboard = dashboards.dashboard(REGION_ADMIN);
        RegionDashboard.School school = dashboard.municipalities().stream().flatMap(m -> m.schools().stream())
                .filter(x -> x.id() == s.data().school()).findFirst().orElseThrow();
        assertThat(school.figures().pupils()).as("5 + 3 + 1 on the lists today").isEqualTo(9);
        assertThat(dashboard.region().pupils()).isGreaterThanOrEqualTo(9);
        assertThat(dashboard.to()).isBefore(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        assertThatThrownBy(() -> dashboards.dashboard(s.data().journalAdmin(db))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.dashboard(RegionTestData.TEACHER)).isInstanceOf(AccessDeniedException.class);
    }

    /** The sheet's cells of the period for every listed student, against the proposals of the audience. */
    private void compare(List<Proposal> rows, long classId, long subjectId, Long groupId, int period) {
        FinalSheet sheet = finals.sheet(REGION_ADMIN, classId, subjectId, groupId);
        Map<Long, String> expected = new HashMap<>();
        for (FinalSheet.Student student : sheet.students()) {
            FinalSheet.Cell cell = student.cells().get(period - 1);
            expected.put(student.studentId(), cell.markCount() + "|" + plain(cell.average()) + "|" + cell.proposed());
        }
        Map<Long, String> actual = rows.stream().filter(r -> r.classId() == classId && r.subjectId() == subjectId
                        && java.util.Objects.equals(r.groupId(), groupId))
                .collect(Collectors.toMap(Proposal::studentId, r -> r.marks() + "|" + plain(r.average()) + "|" + r.proposed()));
        assertThat(actual).as("class %d subject %d group %s period %d", classId, subjectId, groupId, period)
                .isNotEmpty().isEqualTo(expected);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.setScale(2).toPlainString();
    }

    private Seeded seed() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long grade5 = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", null)).id();
        long grade2 = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 2, "А", null)).id();
        long grade1 = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 1, "А", null)).id();
        List<Long> fifth = new ArrayList<>();
        for (String surname : List.of("Абрамов", "Белова", "Волков", "Горина", "Дронов", "Ершова")) {
            fifth.add(enrol(data, grade5, surname));
        }
        List<Long> second = List.of(enrol(data, grade2, "Жуков"), enrol(data, grade2, "Зайцева"), enrol(data, grade2, "Ильин"));
        long first = enrol(data, grade1, "Котов");
        long math = data.subject(db, "Математика", true);
        long english = data.subject(db, "Английский язык", true);
        long group = Long.parseLong(Db.column(db, "INSERT INTO class_group (school_class_id, name) VALUES (?, 'Группа 1') "
                + "RETURNING id", grade5).get(0));
        for (long student : fifth.subList(0, 4)) {
            Db.update(db, "INSERT INTO enrolment_event (person_id, kind, school_class_id, class_group_id, effective_on, "
                    + "recorded_at, recorded_by_issuer, recorded_by_subject) VALUES (?, 'GROUP_JOIN', ?, ?, DATE '2026-09-01', "
                    + "now(), 'it', 'it')", student, grade5, group);
        }
        long teacher = data.teacher(db, "Учителева", "Анна", "Ивановна");
        Random random = new Random(data.school());
        long[] kinds = {JournalTestData.workKind(db, "ANSWER"), JournalTestData.workKind(db, "TEST")};
        for (String[] days : List.of(Q1, Q2)) {
            for (int i = 0; i < days.length; i++) {
                long mathLesson = lesson(data, grade5, null, math, teacher, days[i], 1);
                marks(random, mathLesson, fifth, grade5, math, days[i], kinds);
                long englishLesson = lesson(data, grade5, group, english, teacher, days[i], 2);
                marks(random, englishLesson, fifth.subList(0, 4), grade5, english, days[i], kinds);
                marks(random, lesson(data, grade2, null, math, teacher, days[i], 1), second, grade2, math, days[i], kinds);
                marks(random, lesson(data, grade1, null, math, teacher, days[i], 1), List.of(first), grade1, math, days[i],
                        kinds);
            }
        }
        // Дронов keeps at most one Math mark a period (two with a double mark): not attested (н/а)
        Db.update(db, "DELETE FROM mark m WHERE m.school_year = 2026 AND m.student_person_id = ? AND m.subject_id = ? "
                + "AND m.id NOT IN (SELECT min(x.id) FROM mark x WHERE x.school_year = 2026 AND x.student_person_id = ? "
                + "AND x.subject_id = ? GROUP BY x.lesson_date < DATE '2026-11-01')", fifth.get(4), math, fifth.get(4), math);
        long movedOut = fifth.get(5);
        students.move(REGION_ADMIN, movedOut, new NewMovement(NewMovement.Kind.LEAVE, LocalDate.of(2026, 11, 17), null,
                null, null, "№ 7"));
        long absenceLesson = Long.parseLong(Db.column(db, "SELECT id FROM lesson WHERE school_year = 2026 AND "
                + "school_class_id = ? AND subject_id = ? AND lesson_date = DATE '2026-11-09'", grade5, math).get(0));
        Db.update(db, "INSERT INTO attendance (school_year, lesson_id, student_person_id, code, lesson_date, subject_id, "
                + "school_class_id, set_at) VALUES (2026, ?, ?, 'ILL', DATE '2026-11-09', ?, ?, now()), "
                + "(2026, ?, ?, 'ABSENT', DATE '2026-11-09', ?, ?, now())", absenceLesson, fifth.get(0), math, grade5,
                absenceLesson, fifth.get(1), math, grade5);
        return new Seeded(data, grade5, grade2, grade1, math, english, group, fifth.subList(0, 5), movedOut);
    }

    private long lesson(ClassesTestData data, long classId, Long groupId, long subject, long teacher, String day, int slot) {
        return Long.parseLong(Db.column(db, "INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, "
                + "class_group_id, subject_id, lesson_date, slot_number, starts_at, ends_at, teacher_person_id) "
                + "VALUES (2026, ?, ?, ?, ?, ?, CAST(? AS date), ?, TIME '08:30', TIME '09:15', ?) RETURNING id",
                data.school(), data.year(), classId, groupId, subject, day, slot, teacher).get(0));
    }

    /** Random marks: about two thirds of the students get one, some a double mark, weights 1 or 2 by kind. */
    private void marks(Random random, long lesson, List<Long> audience, long classId, long subject, String day, long[] kinds) {
        for (long student : audience) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            int kind = random.nextInt(2);
            Integer second = random.nextInt(5) == 0 ? 2 + random.nextInt(4) : null;
            Db.update(db, "INSERT INTO mark (school_year, lesson_id, student_person_id, position, value, value2, work_kind_id, "
                    + "weight, lesson_date, subject_id, school_class_id, set_at) VALUES (2026, ?, ?, 1, ?, ?, ?, ?, "
                    + "CAST(? AS date), ?, ?, now())", lesson, student, 2 + random.nextInt(4), second, kinds[kind],
                    kind == 0 ? new BigDecimal("1.00") : new BigDecimal("2.50"), day, subject, classId);
        }
    }

    private long enrol(ClassesTestData data, long classId, String surname) {
        return students.enrol(REGION_ADMIN, data.school(), new NewStudent(new PersonCardInput(surname, "Иван", "Петрович",
                "2015-02-03", null), Sex.MALE, classId, ClassesTestData.day("2026-09-01"), "№ 1")).personId();
    }
}
