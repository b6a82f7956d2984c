package org.zhurnal.reports.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.reports.domain.ProgressTally;

/**
 * A school's progress report for a reporting period (отчёт об успеваемости за период): per class the students'
 * summary ({@link ProgressTally}), absences, and per subject the marks' summary; the school's totals last.
 * Period marks are the decided final marks where a teacher decided one, else the journal's proposal.
 */
public record ProgressReport(long schoolId, long yearId, String periodSystem, List<Period> periods, int periodNumber,
                             LocalDate startsOn, LocalDate endsOn,
                             LocalDate listOn, Instant dataAsOf, List<ClassRow> classes, ProgressTally.Students school,
                             Absences schoolAbsences) {

    /** A reporting period of the year, to choose another. */
    public record Period(int number, LocalDate startsOn, LocalDate endsOn) {
    }

    public record ClassRow(long classId, String name, int grade, int students, ProgressTally.Students summary,
                           Absences absences, List<SubjectRow> subjects) {
    }

    public record SubjectRow(long subjectId, String name, ProgressTally.Marks summary) {
    }

    /** Lessons missed: all, ill (Б), for a valid reason (У); the rest are Н. */
    public record Absences(int total, int ill, int excused) {
    }
}
