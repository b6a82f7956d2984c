package org.zhurnal.timetable.application;

import java.time.LocalTime;

/** A dated lesson of a class on one day, as the substitutions screen offers it for a change. */
public record DayLesson(long id, int slotNumber, LocalTime startsAt, LocalTime endsAt, String subject, String group,
                        String teacher, String substitute, String room, boolean cancelled, String changeNote) {
}
