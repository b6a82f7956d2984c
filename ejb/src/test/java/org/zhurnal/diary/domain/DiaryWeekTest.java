package org.zhurnal.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DiaryWeekTest {

    @Test
    void anyDayNamesTheMondayToSaturdayItBelongsTo() {
        LocalDate monday = LocalDate.parse("2026-11-16");
        for (int i = 0; i < 7; i++) {
            assertThat(DiaryWeek.of(monday.plusDays(i)).monday()).as("day %d", i).isEqualTo(monday);
        }
        assertThat(DiaryWeek.of(monday.plusDays(7)).monday()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(DiaryWeek.of(monday).days()).containsExactly(LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-19"),
                LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21"));
        assertThat(DiaryWeek.of(monday).saturday()).isEqualTo(LocalDate.parse("2026-11-21"));
    }

    @Test
    void weeksFollowAcrossMonthsAndYears() {
        DiaryWeek newYear = DiaryWeek.of(LocalDate.parse("2027-01-01"));
        assertThat(newYear.monday()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(newYear.next().monday()).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(newYear.previous().monday()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(newYear.contains(LocalDate.parse("2027-01-02"))).isTrue();
        assertThat(newYear.contains(LocalDate.parse("2027-01-03"))).as("Sunday is not shown").isFalse();
        assertThatThrownBy(() -> new DiaryWeek(LocalDate.parse("2026-11-17"))).isInstanceOf(IllegalArgumentException.class);
    }
}
