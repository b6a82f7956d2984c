package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.zhurnal.diary.domain.AbsenceReport;

/** An absence report and the class teacher's decision ({@code decision} null while undecided). */
@JsonbNillable
@JsonbPropertyOrder({"id", "studentPersonId", "classId", "from", "to", "reason", "comment", "reportedAt",
        "decision", "decidedCode"})
public record AbsenceReportView(long id, long studentPersonId, long classId, LocalDate from, LocalDate to, String reason,
                                String comment, Instant reportedAt, String decision, String decidedCode) {

    public static AbsenceReportView of(AbsenceReport report) {
        return new AbsenceReportView(report.id(), report.studentPersonId(), report.schoolClassId(), report.dateFrom(),
                report.dateTo(), report.reason().name(), report.comment(), report.reportedAt(),
                report.decision() == null ? null : report.decision().name(), report.decidedCode());
    }
}
