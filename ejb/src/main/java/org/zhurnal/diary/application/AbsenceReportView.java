package org.zhurnal.diary.application;

import org.zhurnal.diary.domain.AbsenceReport;

/** An absence report and the class teacher's decision ({@code decision} null while undecided). */
public record AbsenceReportView(long id, long studentPersonId, long classId, String from, String to, String reason,
                                String comment, String reportedAt, String decision, String decidedCode) {

    public static AbsenceReportView of(AbsenceReport report) {
        return new AbsenceReportView(report.id(), report.studentPersonId(), report.schoolClassId(),
                WireDate.of(report.dateFrom()), WireDate.of(report.dateTo()), report.reason().name(), report.comment(),
                WireDate.of(report.reportedAt()), report.decision() == null ? null : report.decision().name(), report.decidedCode());
    }
}
