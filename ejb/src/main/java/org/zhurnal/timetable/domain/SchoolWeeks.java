package org.zhurnal.timetable.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The alternating weeks of an academic year: the week (Monday to Sunday) containing the year's first day is
 * week A, the next one B, and so on. The same rule is written in SQL where lessons are generated
 * ({@code LessonGeneration}); both must agree.
 */
public final class SchoolWeeks {

    private SchoolWeeks() {
    }

    /** A or B: the kind of the week containing {@code date} in the year starting on {@code yearStartsOn}. */
    public static WeekKind weekOf(LocalDate yearStartsOn, LocalDate date) {
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(monday(yearStartsOn), date), 7);
        return Math.floorMod(weeks, 2) == 0 ? WeekKind.A : WeekKind.B;
    }

    /** Today at the school: the date of the clock's instant in the school's (region's) time zone. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
