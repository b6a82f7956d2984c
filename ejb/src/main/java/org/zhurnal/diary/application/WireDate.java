package org.zhurnal.diary.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates of the diary's views as the wire carries them: ISO strings ({@code 2026-11-16}, {@code 2026-11-16T10:00:00Z}).
 * The views are sent as they are, and the JSON provider would write {@code java.time} values as arrays.
 */
final class WireDate {

    private WireDate() {
    }

    static String of(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String of(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
