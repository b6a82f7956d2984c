package org.zhurnal.calendar.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * Dates ({@code 2026-09-01}), times ({@code 08:30}) and choices ({@code "QUARTERS"}) on the wire, read with
 * errors naming the field. Used by every set-up API, not only the calendar's.
 */
public final class WireDates {

    private WireDates() {
    }

    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Дата указана неверно: ожидается ГГГГ-ММ-ДД");
        }
    }

    public static LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Время указано неверно: ожидается ЧЧ:ММ");
        }
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The enum constant named {@code value}; {@code null} when blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Недопустимое значение: " + value);
        }
    }
}
