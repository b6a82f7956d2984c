package org.zhurnal.diary.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A week of the diary: Monday to Saturday (schools with a five-day week simply have no Saturday lessons).
 * Any date of the week names it; Sunday belongs to the week it ends.
 */
public record DiaryWeek(LocalDate monday) {

    public static final int DAYS = 6;

    public DiaryWeek {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a diary week starts on a Monday, not " + monday);
        }
    }

    public static DiaryWeek of(LocalDate date) {
        return new DiaryWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate saturday() {
        return monday.plusDays(DAYS - 1L);
    }

    /** Monday to Saturday, in order. */
    public List<LocalDate> days() {
        return Stream.iterate(monday, day -> day.plusDays(1)).limit(DAYS).toList();
    }

    public DiaryWeek previous() {
        return new DiaryWeek(monday.minusWeeks(1));
    }

    public DiaryWeek next() {
        return new DiaryWeek(monday.plusWeeks(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(monday) && !date.isAfter(saturday());
    }
}
