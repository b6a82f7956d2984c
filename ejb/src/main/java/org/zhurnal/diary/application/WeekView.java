package org.zhurnal.diary.application;

import java.util.List;

/** The diary week (Monday–Saturday) of one student, with the absence reports touching it. */
public record WeekView(long studentPersonId, String monday, String saturday, String previous, String next,
                       List<DayView> days, List<AbsenceReportView> absenceReports) {
}
