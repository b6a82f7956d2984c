package org.zhurnal.timetable.application;

import java.time.LocalDate;
import java.time.LocalTime;
import org.zhurnal.timetable.domain.WeekKind;

/** One entry of a class's weekly timetable as the editor and the diary show it. */
public record TimetableEntryView(long id, int weekday, WeekKind weekKind, long bellScheduleId, int slotNumber,
                                 LocalTime startsAt, LocalTime endsAt, long assignmentId, long subjectId, String subject,
                                 long teacherId, String teacher, Long groupId, String group, Long streamId,
                                 String stream, Long roomId, String room, LocalDate validFrom, LocalDate validTo) {
}
