package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** The diary week (Monday–Saturday) of one student, with the absence reports touching it. */
@JsonbPropertyOrder({"studentPersonId", "monday", "saturday", "previous", "next", "days", "absenceReports"})
public record WeekView(long studentPersonId, LocalDate monday, LocalDate saturday, LocalDate previous, LocalDate next,
                       List<DayView> days, List<AbsenceReportView> absenceReports) {
}
