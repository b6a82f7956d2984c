package org.zhurnal.diary.application;

import java.time.LocalDate;
import java.time.LocalTime;

/** A lesson as the diary reads it, names already joined; {@code groupId} for a group's lesson. */
public record LessonRow(long id, LocalDate date, int slot, LocalTime startsAt, LocalTime endsAt, long classId,
                        Long groupId, String groupName, long subjectId, String subject, String room, String teacher,
                        String substitute, boolean cancelled, String changeNote, String topic, String homework,
                        boolean homeworkNone) {
}
