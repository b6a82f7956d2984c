package org.zhurnal.diary.application;

import java.math.BigDecimal;

/** A mark in the diary: value (and the second half of «5/4»), kind of work and its weight, the lesson's date. */
public record MarkView(String date, int value, Integer value2, String kind, String kindShort, BigDecimal weight,
                       String comment) {

    static MarkView of(StudentEntries.MarkRow row) {
        return new MarkView(WireDate.of(row.date()), row.value(), row.value2(), row.kind(), row.kindShort(), row.weight(),
                row.comment());
    }
}
