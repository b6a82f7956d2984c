package org.zhurnal.timetable.api;

import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.timetable.application.NewTimetableEntry;
import org.zhurnal.timetable.domain.WeekKind;

/** A timetable entry to add: weekday 1 (Monday) … 6, weekKind EVERY | A | B, dates as {@code yyyy-MM-dd}. */
public record TimetableEntryRequest(Long assignmentId, Integer weekday, String weekKind, Long bellScheduleId,
                                    Integer slotNumber, Long roomId, String validFrom, String validTo) {

    NewTimetableEntry toInput() {
        return new NewTimetableEntry(assignmentId, weekday, WireDates.choice(WeekKind.class, weekKind, "weekKind"),
                bellScheduleId, slotNumber, roomId, WireDates.date(validFrom, "validFrom"),
                WireDates.date(validTo, "validTo"));
    }
}
