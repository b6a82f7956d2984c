package org.zhurnal.journal.application;

import java.util.List;

/**
 * A student's confirmed final marks of one academic year, for the diary's «Итоговые»: the year's reporting
 * periods, and per subject (by name) the confirmed mark of each period and of the year (periodNumber 0) as
 * shown — «5» or «н/а». Drafts are not shown. Dates are ISO text.
 */
public record StudentFinalMarks(long studentPersonId, Long academicYearId, List<Period> periods, List<Subject> subjects) {

    public record Period(int number, String startsOn, String endsOn) {
    }

    public record Subject(long subjectId, String subject, List<Mark> marks) {
    }

    public record Mark(int periodNumber, String mark) {
    }
}
