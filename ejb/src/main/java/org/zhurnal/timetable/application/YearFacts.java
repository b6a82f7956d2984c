package org.zhurnal.timetable.application;

import java.time.LocalDate;

/** An academic year as the timetable needs it: {@code schoolYear} is the lessons' partition key. */
public record YearFacts(long id, int schoolYear, LocalDate startsOn, LocalDate endsOn, boolean sixDays) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
