package org.zhurnal.timetable.application;

import java.time.LocalDate;
import org.zhurnal.timetable.domain.WeekKind;

/**
 * A lesson to add to the weekly timetable: a teaching assignment on a weekday (1 Monday … 7 Sunday) in a bell
 * slot, every week or in week A or B, in a room (optional), from {@code validFrom} (default: the later of the
 * year's and the assignment's start) to {@code validTo} (exclusive, optional).
 */
public record NewTimetableEntry(Long assignmentId, Integer weekday, WeekKind weekKind, Long bellScheduleId,
                                Integer slotNumber, Long roomId, LocalDate validFrom, LocalDate validTo) {
}
