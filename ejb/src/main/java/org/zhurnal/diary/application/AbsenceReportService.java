package org.zhurnal.diary.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.diary.application.ClassAbsencesView.AbsentStudent;
import org.zhurnal.diary.application.ClassAbsencesView.ClassDay;
import org.zhurnal.diary.application.ClassAbsencesView.MissedLesson;
import org.zhurnal.diary.domain.AbsenceDecision;
import org.zhurnal.diary.domain.AbsenceReport;
import org.zhurnal.diary.persistence.JpaAbsenceReports;
import org.zhurnal.diary.persistence.JpaDiaryDirectory;
import org.zhurnal.diary.persistence.JpaDiaryDirectory.MarkedAbsence;
import org.zhurnal.diary.persistence.JpaDiaryDirectory.TaughtClass;
import org.zhurnal.journal.application.AcceptedAbsence;
import org.zhurnal.journal.application.ReportedAbsenceService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * Attendance follow-up: a legal representative reports an absence in advance; the class teacher sees the
 * day's absences of their class (attendance marks and reports) and decides on each report. The decision is
 * recorded here; an accepted report is turned into Б/У attendance of the lessons of the report's days by
 * the journal ({@code journal.application.ReportedAbsenceService}). Every report and decision is audited.
 */
@Stateless
public class AbsenceReportService {

    static final String REPORT_NOT_FOUND = "Сообщение об отсутствии не найдено";

    @Inject
    DiaryAccess access;

    @Inject
    JpaAbsenceReports reports;

    @Inject
    JpaDiaryDirectory directory;

    @Inject
    ReportedAbsenceService attendance;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Files a report for the child; only a current legal representative may, for today or later days. */
    public AbsenceReportView report(Actor actor, long studentPersonId, NewAbsenceReport input) {
        DiaryAccess.Opened opened = access.openAsGuardian(actor, studentPersonId);
        if (input.from() != null && input.from().isBefore(opened.today())) {
            throw new InvalidInputException("from", "Сообщить можно о сегодняшнем дне или о будущих днях");
        }
        long classId = input.from() == null ? 0
                : opened.student().classOn(input.from()).map(ClassInfo::id).orElseThrow(() ->
                        new InvalidInputException("from", "В этот день ребёнок не числится ни в одном классе"));
        AbsenceReport report = reports.add(AbsenceReport.file(studentPersonId, classId, input.from(), input.to(),
                input.reason(), input.comment(), actor, clock.instant()));
        audit.record(actor, AuditAction.ABSENCE_REPORTED, report.id());
        return AbsenceReportView.of(report);
    }

    /** The class teacher's decision: ACCEPTED with ILL (Б) or EXCUSED (У), or REJECTED. */
    public AbsenceReportView decide(Actor actor, long reportId, AbsenceDecision decision, String code) {
        if (actor == null || actor.personId() == null) {
            throw new AccessDeniedException();
        }
        AbsenceReport report = reports.lock(reportId).orElseThrow(() -> new NotFoundException(REPORT_NOT_FOUND));
        if (!actor.personId().equals(directory.classTeacherOf(report.schoolClassId()).orElse(null))) {
            throw new AccessDeniedException();
        }
        if (decision == null) {
            throw new InvalidInputException("decision", "Выберите решение: принять или отклонить");
        }
        if (decision == AbsenceDecision.ACCEPTED) {
            report.accept(code, actor, clock.instant());
            attendance.apply(actor, new AcceptedAbsence(report.id(), report.studentPersonId(), report.schoolClassId(),
                    report.dateFrom(), report.dateTo(), report.decidedCode()));
        } else {
            report.reject(actor, clock.instant());
        }
        audit.record(actor, AuditAction.ABSENCE_REPORT_DECIDED, report.id());
        return AbsenceReportView.of(report);
    }

    /** The day's absences in the actor's classes (those whose class teacher they are in that year). */
    public ClassAbsencesView classAbsences(Actor actor, LocalDate date) {
        if (actor == null || actor.personId() == null) {
            throw new AccessDeniedException();
        }
        LocalDate day = date == null ? access.today() : date;
        List<ClassDay> classes = new ArrayList<>();
        for (TaughtClass taught : directory.classesTaughtBy(actor.personId(), day)) {
            classes.add(classDay(taught, day));
            audit.record(actor, AuditAction.CLASS_ABSENCES_READ, taught.id());
        }
        return new ClassAbsencesView(WireDate.of(day), classes);
    }

    private ClassDay classDay(TaughtClass taught, LocalDate day) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<MissedLesson>> lessons = new LinkedHashMap<>();
        for (MarkedAbsence absence : directory.absences(taught, day)) {
            names.putIfAbsent(absence.studentPersonId(), absence.displayName());
            lessons.computeIfAbsent(absence.studentPersonId(), id -> new ArrayList<>())
                    .add(new MissedLesson(absence.lessonId(), absence.slot(), absence.subject(), absence.code()));
        }
        Map<Long, List<AbsenceReportView>> reported = new LinkedHashMap<>();
        for (AbsenceReport report : reports.ofClass(taught.id(), day)) {
            reported.computeIfAbsent(report.studentPersonId(), id -> new ArrayList<>()).add(AbsenceReportView.of(report));
        }
        List<Long> unnamed = reported.keySet().stream().filter(id -> !names.containsKey(id)).toList();
        names.putAll(directory.names(unnamed));
        List<AbsentStudent> students = names.entrySet().stream()
                .map(e -> new AbsentStudent(e.getKey(), e.getValue(), lessons.getOrDefault(e.getKey(), List.of()),
                        reported.getOrDefault(e.getKey(), List.of())))
                .sorted(java.util.Comparator.comparing(AbsentStudent::displayName))
                .toList();
        return new ClassDay(taught.id(), taught.name(), students);
    }
}
