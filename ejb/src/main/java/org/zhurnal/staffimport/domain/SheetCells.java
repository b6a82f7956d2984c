package org.zhurnal.staffimport.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;

/** How the cells of the lists schools fill in are read, whatever the list (staff, students). */
public final class SheetCells {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private SheetCells() {
    }

    /**
     * «05.03.1985» (also «5.3.1985») or «1985-03-05»; empty for an empty cell.
     *
     * @throws InvalidInputException naming {@code field} with {@code formatMessage} for anything else
     */
    public static Optional<LocalDate> date(String text, String field, String formatMessage) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, RUSSIAN_DATE));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, formatMessage);
        }
    }

    /** A SNILS typed into a number cell loses its leading zeros («01234567890» shows as 1234567890). */
    public static String snilsDigitsRestored(String snils) {
        String value = snils == null ? "" : snils.strip();
        return value.matches("\\d{9,10}") ? "0".repeat(11 - value.length()) + value : value;
    }
}
