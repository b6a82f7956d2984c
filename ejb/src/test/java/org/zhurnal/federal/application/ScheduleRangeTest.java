package org.zhurnal.federal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;

class ScheduleRangeTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 16);

    @Test
    void oneDayUpToThirtyOneDaysAreAllowed() {
        assertThat(new ScheduleRange(START, START).end()).isEqualTo(START);
        assertThat(new ScheduleRange(START, START.plusDays(30)).end()).isEqualTo(START.plusDays(30));
    }

    @Test
    void aMissingReversedOrTooLongRangeNamesTheParameter() {
        assertField(null, START, "start");
        assertField(START, null, "end");
        assertField(START, START.minusDays(1), "end");
        assertField(START, START.plusDays(31), "end");
    }

    private static void assertField(LocalDate start, LocalDate end, String field) {
        assertThatThrownBy(() -> new ScheduleRange(start, end)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains(field));
    }
}
