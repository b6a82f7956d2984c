package org.zhurnal.timetable.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.timetable.domain.WeekKind;

/**
 * A class's timetable valid on {@code date}: every entry (every week, week A and week B), and which of A and B
 * the week of {@code date} is, starting on {@code monday}.
 */
public record TimetableWeek(long classId, LocalDate date, LocalDate monday, WeekKind week,
                            List<TimetableEntryView> entries) {
}
