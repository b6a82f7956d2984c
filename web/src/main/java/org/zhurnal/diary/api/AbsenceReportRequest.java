package org.zhurnal.diary.api;

import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.diary.application.NewAbsenceReport;
import org.zhurnal.diary.domain.AbsenceReason;

/** Body of {@code POST /diary/{studentPersonId}/absence-reports}: dates, reason ILLNESS/FAMILY/OTHER, comment. */
public record AbsenceReportRequest(String from, String to, String reason, String comment) {

    static final AbsenceReportRequest EMPTY = new AbsenceReportRequest(null, null, null, null);

    NewAbsenceReport toInput() {
        return new NewAbsenceReport(WireDates.date(from, "from"), WireDates.date(to, "to"),
                WireDates.choice(AbsenceReason.class, reason, "reason"), comment);
    }
}
