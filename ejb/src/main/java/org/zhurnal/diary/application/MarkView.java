package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A mark in the diary: value (and the second half of «5/4»), kind of work and its weight, the lesson's date. */
@JsonbNillable
@JsonbPropertyOrder({"date", "value", "value2", "kind", "kindShort", "weight", "comment"})
public record MarkView(LocalDate date, int value, Integer value2, String kind, String kindShort, BigDecimal weight,
                       String comment) {

    static MarkView of(StudentEntries.MarkRow row) {
        return new MarkView(row.date(), row.value(), row.value2(), row.kind(), row.kindShort(), row.weight(),
                row.comment());
    }
}
