package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A reporting period (четверть, триместр, полугодие) of the student's academic year. */
@JsonbPropertyOrder({"id", "number", "startsOn", "endsOn"})
public record PeriodView(long id, int number, LocalDate startsOn, LocalDate endsOn) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
