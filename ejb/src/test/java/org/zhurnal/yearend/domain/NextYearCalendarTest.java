package org.zhurnal.yearend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.calendar.domain.NonWorkingDay;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;

class NextYearCalendarTest {

    @Test
    void datesMoveOneYearOnAndAPeriodStartingOnAWeekendStartsOnTheNextMonday() {
        AcademicYear year = AcademicYear.open(1L, range("2026-09-01", "2027-05-31"), PeriodSystem.HALF_YEARS,
                WorkingWeek.FIVE_DAYS, List.of(range("2026-09-01", "2026-12-27"), range("2027-01-11", "2027-05-26")),
                List.of(new NonWorkingDay(day("2026-11-04"), "День народного единства")));

        NextYearCalendar next = NextYearCalendar.after(year);

        assertThat(next.dates()).isEqualTo(range("2027-09-01", "2028-05-31"));
        // 11.01.2028 is a Tuesday; 01.09.2027 a Wednesday: both kept.
        assertThat(next.periods()).containsExactly(range("2027-09-01", "2027-12-27"), range("2028-01-11", "2028-05-26"));
        assertThat(next.daysOff()).containsExactly(new NonWorkingDay(day("2027-11-04"), "День народного единства"));
    }

    @Test
    void aPeriodThatWouldStartOnSundayStartsOnMonday() {
        AcademicYear year = AcademicYear.open(1L, range("2026-09-01", "2027-05-31"), PeriodSystem.HALF_YEARS,
                WorkingWeek.FIVE_DAYS, List.of(range("2026-09-01", "2026-12-27"), range("2027-01-09", "2027-05-26")),
                List.of());

        // 09.01.2028 is a Sunday.
        assertThat(NextYearCalendar.after(year).periods().get(1)).isEqualTo(range("2028-01-10", "2028-05-26"));
    }

    private static DateRange range(String from, String to) {
        return new DateRange(day(from), day(to));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
