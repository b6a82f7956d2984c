package org.zhurnal.journal.persistence;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Values of native query rows as Java time types, whatever the driver returned. */
final class Rows {

    private Rows() {
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    static LocalTime time(Object value) {
        return value == null ? null : value instanceof Time sql ? sql.toLocalTime() : (LocalTime) value;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
