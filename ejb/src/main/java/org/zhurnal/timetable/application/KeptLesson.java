package org.zhurnal.timetable.application;

import java.time.LocalDate;

/** A lesson that a timetable change did not remove because it already holds journal data or a substitution. */
public record KeptLesson(long id, LocalDate date, int slotNumber, long classId) {
}
