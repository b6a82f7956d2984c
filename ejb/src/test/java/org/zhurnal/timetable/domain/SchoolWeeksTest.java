package org.zhurnal.timetable.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SchoolWeeksTest {

    private static final LocalDate TUESDAY_START = LocalDate.parse("2026-09-01");
    private static final ZoneId KRASNOYARSK = ZoneId.of("Asia/Krasnoyarsk");

    @Test
    void theWeekContainingTheFirstDayIsWeekAFromItsMondayAndWeeksAlternate() {
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, LocalDate.parse("2026-08-31"))).isEqualTo(WeekKind.A);
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, LocalDate.parse("2026-09-06"))).isEqualTo(WeekKind.A);
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, LocalDate.parse("2026-09-07"))).isEqualTo(WeekKind.B);
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, LocalDate.parse("2026-09-14"))).isEqualTo(WeekKind.A);
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, LocalDate.parse("2027-01-11"))).isEqualTo(WeekKind.B);
    }

    @Test
    void aYearStartingOnSundayMakesThatShortWeekA() {
        LocalDate sunday = LocalDate.parse("2030-09-01");
        assertThat(SchoolWeeks.weekOf(sunday, sunday)).isEqualTo(WeekKind.A);
        assertThat(SchoolWeeks.weekOf(sunday, LocalDate.parse("2030-09-02"))).isEqualTo(WeekKind.B);
    }

    @Test
    void todayIsTheDateInTheSchoolsTimeZoneSoSundayEveningInUtcIsAlreadyMondayOfWeekB() {
        Clock sundayEveningUtc = Clock.fixed(Instant.parse("2026-09-06T20:00:00Z"), ZoneOffset.UTC);
        LocalDate today = SchoolWeeks.today(sundayEveningUtc, KRASNOYARSK);

        assertThat(today).isEqualTo(LocalDate.parse("2026-09-07"));
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, today)).isEqualTo(WeekKind.B);
        assertThat(SchoolWeeks.weekOf(TUESDAY_START, SchoolWeeks.today(sundayEveningUtc, ZoneOffset.UTC)))
                .isEqualTo(WeekKind.A);
        assertThat(SchoolWeeks.monday(today)).isEqualTo(today);
    }

    @Test
    void weekKindsOverlapUnlessOneIsAAndTheOtherB() {
        assertThat(WeekKind.A.overlaps(WeekKind.B)).isFalse();
        assertThat(WeekKind.A.overlaps(WeekKind.A)).isTrue();
        assertThat(WeekKind.EVERY.overlaps(WeekKind.B)).isTrue();
        assertThat(WeekKind.B.appliesIn(WeekKind.A)).isFalse();
        assertThat(WeekKind.EVERY.appliesIn(WeekKind.A)).isTrue();
    }
}
