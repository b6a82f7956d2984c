package org.zhurnal.regiongen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The academic year 2026/2027 every generated school keeps: four quarters with the holidays between
 * them, the public holidays inside them, a five-day week and one bell schedule of seven lessons.
 */
final class SchoolYearCalendar {

    record Period(int number, LocalDate startsOn, LocalDate endsOn) {
        boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    record DayOff(LocalDate day, String reason) {
    }

    record Bell(int number, LocalTime startsAt, LocalTime endsAt) {
    }

    static final int SCHOOL_YEAR = 2026;

    static final List<Period> PERIODS = List.of(
            new Period(1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 24)),
            new Period(2, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 28)),
            new Period(3, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 20)),
            new Period(4, LocalDate.of(2027, 3, 30), LocalDate.of(2027, 5, 26)));

    static final List<DayOff> DAYS_OFF = List.of(
            new DayOff(LocalDate.of(2026, 11, 4), "День народного единства"),
            new DayOff(LocalDate.of(2027, 2, 23), "День защитника Отечества"),
            new DayOff(LocalDate.of(2027, 3, 8), "Международный женский день"),
            new DayOff(LocalDate.of(2027, 5, 3), "Праздник Весны и Труда (перенос)"),
            new DayOff(LocalDate.of(2027, 5, 10), "День Победы (перенос)"));

    static final List<Bell> BELLS = List.of(
            new Bell(1, LocalTime.of(8, 0), LocalTime.of(8, 40)),
            new Bell(2, LocalTime.of(8, 50), LocalTime.of(9, 30)),
            new Bell(3, LocalTime.of(9, 50), LocalTime.of(10, 30)),
            new Bell(4, LocalTime.of(10, 50), LocalTime.of(11, 30)),
            new Bell(5, LocalTime.of(11, 40), LocalTime.of(12, 20)),
            new Bell(6, LocalTime.of(12, 30), LocalTime.of(13, 10)),
            new Bell(7, LocalTime.of(13, 20), LocalTime.of(14, 0)));

    private SchoolYearCalendar() {
    }

    /** The school days of the year (Monday–Friday inside a period, not a day off), in order. */
    static List<LocalDate> schoolDays() {
        Set<LocalDate> off = new java.util.HashSet<>();
        DAYS_OFF.forEach(d -> off.add(d.day()));
        List<LocalDate> days = new ArrayList<>();
        for (Period period : PERIODS) {
            for (LocalDate day = period.startsOn(); !day.isAfter(period.endsOn()); day = day.plusDays(1)) {
                DayOfWeek weekday = day.getDayOfWeek();
                if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !off.contains(day)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    static Period periodOf(LocalDate day) {
        return PERIODS.stream().filter(p -> p.contains(day)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(day + " is not in a period"));
    }
}
