package org.zhurnal.school.domain;

import org.zhurnal.shared.error.InvalidInputException;

/** The OGRN (ОГРН) of a legal entity: 13 digits, the last one the remainder of the first 12 by 11 (mod 10). */
public record Ogrn(String value) {

    public static final String FIELD = "ogrn";

    public Ogrn {
        if (value == null || !value.matches("\\d{13}")) {
            throw new InvalidInputException(FIELD, "ОГРН школы — 13 цифр");
        }
        if (checkDigit(value.substring(0, 12)) != value.charAt(12) - '0') {
            throw new InvalidInputException(FIELD, "Неверная контрольная сумма ОГРН");
        }
    }

    /** Parses optional user input: blank means "not given". */
    public static Ogrn parseOptional(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return new Ogrn(input.strip());
    }

    /** The check digit of an OGRN whose first twelve digits are given. */
    public static int checkDigit(String firstTwelve) {
        return (int) (Long.parseLong(firstTwelve) % 11 % 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
