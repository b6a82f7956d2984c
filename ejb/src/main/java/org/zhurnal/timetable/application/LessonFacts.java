package org.zhurnal.timetable.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.timetable.domain.Audience;

/**
 * A dated lesson as a substitution needs it. {@code rowIds} are the lesson's rows: one, or one per class for a
 * stream's lesson (a substitution changes them together). {@code teacherId} is who gives it now (the substitute
 * when there is one).
 */
public record LessonFacts(long id, int schoolYear, long yearId, List<Long> rowIds, String subject, LocalDate date,
                          int slotNumber, long assignedTeacherId, long teacherId, String teacherName, Long roomId,
                          String roomName, boolean cancelled, Long timetableEntryId, Long bellScheduleId,
                          Audience audience) {
}
