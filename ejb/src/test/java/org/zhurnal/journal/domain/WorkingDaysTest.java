package org.zhurnal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.calendar.domain.WorkingWeek;

class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-13");

    @Test
    void countsOnlyDaysOfTheWorkingWeekThatAreNotDaysOff() {
        assertThat(WorkingDays.fiveDays(Set.of()).after(FRIDAY, 0)).isEqualTo(FRIDAY);
        assertThat(WorkingDays.fiveDays(Set.of()).after(FRIDAY, 1)).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(new WorkingDays(WorkingWeek.SIX_DAYS, Set.of()).after(FRIDAY, 1)).isEqualTo(LocalDate.parse("2026-11-14"));
        assertThat(WorkingDays.fiveDays(Set.of(LocalDate.parse("2026-11-16"))).after(FRIDAY, 1))
                .isEqualTo(LocalDate.parse("2026-11-17"));
        assertThat(WorkingDays.fiveDays(Set.of()).isWorkingDay(LocalDate.parse("2026-11-15"))).isFalse();
    }
}
