package org.zhurnal.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;

class AcademicYearTest {

    private static final DateRange YEAR = range("2026-09-01", "2027-05-31");
    private static final List<DateRange> QUARTERS = List.of(
            range("2026-09-01", "2026-10-24"), range("2026-11-05", "2026-12-28"),
            range("2027-01-12", "2027-03-21"), range("2027-04-01", "2027-05-26"));

    @Test
    void quartersInsideTheYearMakeAYear() {
        AcademicYear year = quarters(WorkingWeek.FIVE_DAYS, List.of());
        assertThat(year.periods()).extracting(ReportingPeriod::number).containsExactly(1, 2, 3, 4);
        assertThat(year.periodOn(date("2026-11-10"))).get().extracting(ReportingPeriod::number).isEqualTo(2);
        assertThat(year.periodOn(date("2026-10-30"))).as("autumn holidays belong to no period").isEmpty();
    }

    @Test
    void periodCountMustMatchThePeriodSystem() {
        assertThatThrownBy(() -> AcademicYear.open(1L, YEAR, PeriodSystem.TRIMESTERS, WorkingWeek.FIVE_DAYS,
                QUARTERS, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("3 триместра").hasMessageContaining("4");
    }

    @Test
    void periodsMustNotOverlapNorLeaveTheYear() {
        List<DateRange> overlapping = List.of(range("2026-09-01", "2026-12-31"), range("2026-12-20", "2027-05-31"));
        assertThatThrownBy(() -> AcademicYear.open(1L, YEAR, PeriodSystem.HALF_YEARS, WorkingWeek.FIVE_DAYS,
                overlapping, List.of())).hasMessageContaining("после окончания периода 1");
        List<DateRange> outside = List.of(range("2026-08-25", "2026-12-31"), range("2027-01-09", "2027-05-31"));
        assertThatThrownBy(() -> AcademicYear.open(1L, YEAR, PeriodSystem.HALF_YEARS, WorkingWeek.FIVE_DAYS,
                outside, List.of())).hasMessageContaining("выходит за границы");
    }

    @Test
    void yearLongerThanACalendarYearIsRefused() {
        assertThatThrownBy(() -> AcademicYear.open(1L, range("2026-09-01", "2027-09-02"), PeriodSystem.QUARTERS,
                WorkingWeek.FIVE_DAYS, QUARTERS, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("длиннее");
    }

    @Test
    void workingDaysFollowTheWorkingWeekAndDaysOff() {
        AcademicYear fiveDays = quarters(WorkingWeek.FIVE_DAYS, List.of(new NonWorkingDay(date("2026-11-04"),
                "День народного единства")));
        assertThat(fiveDays.isWorkingDay(date("2026-11-03"))).isTrue();
        assertThat(fiveDays.isWorkingDay(date("2026-11-04"))).isFalse();
        assertThat(fiveDays.isWorkingDay(date("2026-11-07"))).as("Saturday").isFalse();
        assertThat(quarters(WorkingWeek.SIX_DAYS, List.of()).isWorkingDay(date("2026-11-07"))).isTrue();
    }

    @Test
    void deadlinesCountOnlyWorkingDays() {
        AcademicYear year = quarters(WorkingWeek.FIVE_DAYS, List.of(new NonWorkingDay(date("2026-11-04"),
                "День народного единства")));
        // Thursday 2026-10-29 + 3 working days: Fri 30, Mon 2 Nov, Tue 3 Nov.
        assertThat(year.addWorkingDays(date("2026-10-29"), 3)).isEqualTo(date("2026-11-03"));
        // Tuesday 2026-11-03 + 3: Wed 4 is a holiday, so Thu 5, Fri 6, Mon 9.
        assertThat(year.addWorkingDays(date("2026-11-03"), 3)).isEqualTo(date("2026-11-09"));
        assertThat(year.addWorkingDays(date("2026-11-03"), 0)).isEqualTo(date("2026-11-03"));
    }

    @Test
    void daysOffMustLieInsideTheYearAndAreKeptOnce() {
        AcademicYear year = quarters(WorkingWeek.FIVE_DAYS, List.of());
        year.declareDayOff(new NonWorkingDay(date("2027-02-23"), "День защитника Отечества"));
        year.declareDayOff(new NonWorkingDay(date("2027-02-23"), "повтор"));
        assertThat(year.daysOff()).hasSize(1);
        assertThatThrownBy(() -> year.declareDayOff(new NonWorkingDay(date("2027-06-12"), "День России")))
                .isInstanceOf(InvalidInputException.class);
    }

    private static AcademicYear quarters(WorkingWeek week, List<NonWorkingDay> daysOff) {
        return AcademicYear.open(1L, YEAR, PeriodSystem.QUARTERS, week, QUARTERS, daysOff);
    }

    private static DateRange range(String from, String to) {
        return new DateRange(date(from), date(to));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
