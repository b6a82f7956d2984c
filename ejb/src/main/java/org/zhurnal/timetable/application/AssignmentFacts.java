package org.zhurnal.timetable.application;

import java.time.LocalDate;
import org.zhurnal.timetable.domain.Audience;

/** What the timetable needs of a teaching assignment and its academic year. */
public record AssignmentFacts(long id, long yearId, LocalDate yearStartsOn, LocalDate yearEndsOn, boolean sixDays,
                              String subject, long teacherId, String teacherName, Audience audience,
                              LocalDate validFrom, LocalDate validTo) {
}
