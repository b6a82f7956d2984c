package org.zhurnal.yearend.domain;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.calendar.domain.NonWorkingDay;
import org.zhurnal.calendar.domain.ReportingPeriod;
import org.zhurnal.calendar.domain.WorkingWeek;

/**
 * The next academic year's calendar drawn from this one: the same period system and working week, every
 * date one calendar year later (01.09.2026 → 01.09.2027); a period that would start on a day off of the
 * working week starts on the next working day instead. Days off move with the year when they still fall
 * inside it (fixed holidays such as 4 November); moved days off must be checked by the administrator.
 */
public record NextYearCalendar(DateRange dates, List<DateRange> periods, List<NonWorkingDay> daysOff) {

    public static NextYearCalendar after(AcademicYear year) {
        DateRange dates = shifted(year.dates());
        List<DateRange> periods = year.periods().stream().map(ReportingPeriod::dates)
                .map(period -> startingOnAWorkingDay(shifted(period), year.workingWeek(), dates)).toList();
        List<NonWorkingDay> daysOff = year.daysOff().stream()
                .map(dayOff -> new NonWorkingDay(dayOff.day().plusYears(1), dayOff.reason()))
                .filter(dayOff -> dates.contains(dayOff.day())).toList();
        return new NextYearCalendar(dates, periods, daysOff);
    }

    private static DateRange shifted(DateRange range) {
        return new DateRange(range.startsOn().plusYears(1), range.endsOn().plusYears(1));
    }

    private static DateRange startingOnAWorkingDay(DateRange period, WorkingWeek week, DateRange year) {
        LocalDate start = period.startsOn();
        while (!week.includes(start.getDayOfWeek()) && start.isBefore(period.endsOn())) {
            start = start.plusDays(1);
        }
        LocalDate end = period.endsOn().isAfter(year.endsOn()) ? year.endsOn() : period.endsOn();
        return new DateRange(start.isBefore(year.startsOn()) ? year.startsOn() : start, end);
    }

}
