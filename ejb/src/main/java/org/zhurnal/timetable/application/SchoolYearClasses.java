package org.zhurnal.timetable.application;

import java.time.LocalDate;
import java.util.List;

/** The school's academic year containing a day, with its classes: what the timetable screens start from. */
public record SchoolYearClasses(long yearId, LocalDate startsOn, LocalDate endsOn, List<TimetableOptions.Named> classes) {
}
