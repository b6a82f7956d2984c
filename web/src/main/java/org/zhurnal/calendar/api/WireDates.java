package org.zhurnal.calendar.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.zhurnal.shared.error.InvalidInputException;

/** Dates ({@code 2026-09-01}) and times ({@code 08:30}) on the wire, read with errors naming the field. */
final class WireDates {

    private WireDates() {
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Дата указана неверно: ожидается ГГГГ-ММ-ДД");
        }
    }

    static LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Время указано неверно: ожидается ЧЧ:ММ");
        }
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
