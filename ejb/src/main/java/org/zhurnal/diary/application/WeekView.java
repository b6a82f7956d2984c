package org.zhurnal.diary.application;

import java.time.LocalDate;
import java.util.List;

/** The diary week (Monday–Saturday) of one student, with the absence reports touching it. */
public record WeekView(long studentPersonId, LocalDate monday, LocalDate saturday, LocalDate previous, LocalDate next,
                       List<DayView> days, List<AbsenceReportView> absenceReports) {
}
