package org.zhurnal.diary.application;

import java.time.LocalDate;

/** A reporting period (четверть, триместр, полугодие) of the student's academic year; dates as ISO strings. */
public record PeriodView(long id, int number, String startsOn, String endsOn) {

    public static PeriodView of(long id, int number, LocalDate startsOn, LocalDate endsOn) {
        return new PeriodView(id, number, WireDate.of(startsOn), WireDate.of(endsOn));
    }

    public LocalDate firstDay() {
        return LocalDate.parse(startsOn);
    }

    public LocalDate lastDay() {
        return LocalDate.parse(endsOn);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }
}
