package org.zhurnal.calendar.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;

/** What opening an academic year takes: its dates, period system, working week, periods and days off. */
public record NewAcademicYear(LocalDate startsOn, LocalDate endsOn, PeriodSystem periodSystem,
                              WorkingWeek workingWeek, List<Dates> periods, List<DayOff> daysOff) {

    public record Dates(LocalDate startsOn, LocalDate endsOn) {
    }

    public record DayOff(LocalDate day, String reason) {
    }
}
