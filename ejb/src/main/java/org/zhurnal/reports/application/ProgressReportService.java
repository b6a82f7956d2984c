package org.zhurnal.reports.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.reports.application.FinalMarkProposals.Proposal;
import org.zhurnal.reports.application.ProgressReport.Absences;
import org.zhurnal.reports.application.ReportReads.Decided;
import org.zhurnal.reports.application.ReportReads.Period;
import org.zhurnal.reports.application.ReportReads.Year;
import org.zhurnal.reports.domain.ProgressTally;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * The school's progress report for a period. Read by the school's journal administrator, director and deputy
 * director, and the region administrator; everybody else is refused. Audited (the school's id).
 */
@Stateless
public class ProgressReportService {

    @Inject
    ReportReads reads;

    @Inject
    FinalMarkProposals proposals;

    @Inject
    SchoolAccess schools;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The report of the period, or (no {@code periodNumber}) of the last period begun by today. */
    public ProgressReport report(Actor actor, long schoolId, Long yearId, Integer periodNumber) {
        if (!schools.mayAdminister(actor, schoolId) && !(actor != null && reads.directs(actor.personId(), schoolId))) {
            throw new AccessDeniedException();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Year year = reads.year(schoolId, yearId, today)
                .orElseThrow(() -> new NotFoundException("Учебный год школы не найден"));
        if (year.periods().isEmpty()) {
            throw new NotFoundException("В учебном году нет отчётных периодов");
        }
        Period period = periodNumber == null
                ? year.periods().stream().filter(p -> !p.startsOn().isAfter(today)).reduce((a, b) -> b)
                        .orElse(year.periods().get(0))
                : year.periods().stream().filter(p -> p.number() == periodNumber).findFirst()
                        .orElseThrow(() -> new InvalidInputException("period", "Нет отчётного периода с таким номером"));
        LocalDate yearEnd = year.periods().get(year.periods().size() - 1).endsOn();
        LocalDate listOn = today.isBefore(yearEnd) ? today : yearEnd;

        Map<String, Integer> decided = new HashMap<>();
        for (Decided d : reads.decided(year.id(), period.number())) {
            decided.put(key(d.classId(), d.subjectId(), d.studentId()), d.value());
        }
        // class → subject → student → period mark (null: н/а); a decided mark wins over the proposal
        Map<Long, Map<Long, Map<Long, Integer>>> marks = new HashMap<>();
        for (Proposal p : proposals.compute(schoolId, year.schoolYear(), year.periodSystem(), period.number(), today)) {
            String key = key(p.classId(), p.subjectId(), p.studentId());
            marks.computeIfAbsent(p.classId(), c -> new TreeMap<>()).computeIfAbsent(p.subjectId(), s -> new LinkedHashMap<>())
                    .put(p.studentId(), decided.containsKey(key) ? decided.get(key) : p.proposed());
        }
        Map<Long, Integer> sizes = reads.classSizes(year.id(), listOn);
        Map<Long, ReportReads.Absences> absences = reads.absences(year.id(), year.schoolYear(), period.startsOn(),
                period.endsOn());
        Map<Long, String> subjectNames = reads.subjectNames(marks.values().stream()
                .flatMap(m -> m.keySet().stream()).distinct().toList());

        List<ProgressReport.ClassRow> rows = new ArrayList<>();
        Map<Long, List<Integer>> schoolStudents = new HashMap<>();
        int[] schoolAbsences = new int[3];
        for (ReportReads.SchoolClass c : reads.classes(year.id())) {
            Map<Long, Map<Long, Integer>> bySubject = marks.getOrDefault(c.id(), Map.of());
            Map<Long, List<Integer>> byStudent = new HashMap<>();
            List<ProgressReport.SubjectRow> subjects = new ArrayList<>();
            bySubject.forEach((subject, students) -> {
                students.forEach((student, mark) -> byStudent.computeIfAbsent(student, s -> new ArrayList<>()).add(mark));
                subjects.add(new ProgressReport.SubjectRow(subject, subjectNames.get(subject),
                        ProgressTally.ofMarks(new ArrayList<>(students.values()))));
            });
            subjects.sort(java.util.Comparator.comparing(ProgressReport.SubjectRow::name,
                    java.util.Comparator.nullsLast(String::compareTo)));
            byStudent.forEach((student, list) -> schoolStudents.computeIfAbsent(student, s -> new ArrayList<>()).addAll(list));
            ReportReads.Absences a = absences.getOrDefault(c.id(), new ReportReads.Absences(0, 0, 0));
            schoolAbsences[0] += a.total();
            schoolAbsences[1] += a.ill();
            schoolAbsences[2] += a.excused();
            rows.add(new ProgressReport.ClassRow(c.id(), new ClassName(c.grade(), c.letter()).toString(), c.grade(),
                    sizes.getOrDefault(c.id(), 0), ProgressTally.ofStudents(byStudent),
                    new Absences(a.total(), a.ill(), a.excused()), subjects));
        }
        audit.record(actor, AuditAction.PROGRESS_REPORT_READ, schoolId);
        return new ProgressReport(schoolId, year.id(), year.periodSystem(), year.periods().stream()
                .map(p -> new ProgressReport.Period(p.number(), p.startsOn(), p.endsOn())).toList(), period.number(),
                period.startsOn(), period.endsOn(), listOn,
                clock.instant(), rows, ProgressTally.ofStudents(schoolStudents),
                new Absences(schoolAbsences[0], schoolAbsences[1], schoolAbsences[2]));
    }

    private static String key(long classId, long subjectId, long studentId) {
        return classId + "/" + subjectId + "/" + studentId;
    }
}
