package org.zhurnal.timetable.application;

import java.time.Instant;
import java.time.LocalDate;

/** One substitution of a lesson, as the substitutions screen lists it. */
public record SubstitutionView(long id, String kind, long lessonId, long classId, String className, String subject,
                               LocalDate fromDate, int fromSlot, LocalDate toDate, int toSlot, String teacher,
                               String substitute, String room, String reason, boolean cancelled, Instant changedAt) {
}
