package org.zhurnal.timetable.api;

/**
 * A substitution of one lesson; which fields count depends on the kind: {@code reason} (required to cancel),
 * {@code teacherId}, {@code roomId}, or {@code date} + {@code slotNumber} (+ {@code bellScheduleId}) for a move.
 */
public record LessonChangeRequest(String reason, Long teacherId, Long roomId, String date, Long bellScheduleId,
                                  Integer slotNumber) {

    static final LessonChangeRequest EMPTY = new LessonChangeRequest(null, null, null, null, null, null);
}
