package org.zhurnal.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.zhurnal.shared.error.InvalidInputException;

/** Dates from {@code startsOn} to {@code endsOn}, both included. */
public record DateRange(LocalDate startsOn, LocalDate endsOn) {

    public DateRange {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
    }

    /** A range read from input: both dates present and in order, else refused naming {@code field}. */
    public static DateRange of(LocalDate startsOn, LocalDate endsOn, String field, String what) {
        if (startsOn == null || endsOn == null) {
            throw new InvalidInputException(field, "Укажите даты начала и окончания: " + what);
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException(field, "Дата окончания раньше даты начала: " + what);
        }
        return new DateRange(startsOn, endsOn);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public boolean contains(DateRange other) {
        return contains(other.startsOn) && contains(other.endsOn);
    }

    public boolean isBefore(DateRange other) {
        return endsOn.isBefore(other.startsOn);
    }
}
