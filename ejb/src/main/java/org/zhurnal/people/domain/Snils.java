package org.zhurnal.people.domain;

import org.zhurnal.shared.error.InvalidInputException;

/**
 * A SNILS (СНИЛС, the pension insurance number): eleven digits, the last two a checksum over the first
 * nine. Personal data: {@link #toString()} never shows the number, so it cannot leak into logs.
 */
public final class Snils {

    public static final String FIELD = "snils";
    static final String INVALID = "Неверный СНИЛС: проверьте номер";
    /** Numbers up to 001-001-998 were issued before checksums existed. */
    private static final long LAST_WITHOUT_CHECKSUM = 1_001_998L;

    private final String digits;

    private Snils(String digits) {
        this.digits = digits;
    }

    /** Reads "112-233-445 95" or "11223344595"; refuses other shapes and wrong checksums. */
    public static Snils parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FIELD, "Укажите СНИЛС");
        }
        String digits = digitsOf(text);
        if (digits == null) {
            throw new InvalidInputException(FIELD, INVALID);
        }
        long number = Long.parseLong(digits.substring(0, 9));
        if (number > LAST_WITHOUT_CHECKSUM && checksum(digits.substring(0, 9)) != Integer.parseInt(digits.substring(9))) {
            throw new InvalidInputException(FIELD, INVALID);
        }
        return new Snils(digits);
    }

    /**
     * The eleven digits of {@code ddd-ddd-ddd dd} (or {@code ddd-ddd-ddd-dd}) or of eleven digits, else {@code null}.
     * By hand, not by pattern: an import reads tens of thousands of numbers.
     */
    private static String digitsOf(String text) {
        if (text.length() == 11) {
            for (int i = 0; i < 11; i++) {
                if (!isDigit(text.charAt(i))) {
                    return null;
                }
            }
            return text;
        }
        if (text.length() != 14) {
            return null;
        }
        char[] digits = new char[11];
        int n = 0;
        for (int i = 0; i < 14; i++) {
            char c = text.charAt(i);
            if (i == 3 || i == 7) {
                if (c != '-') {
                    return null;
                }
            } else if (i == 11) {
                if (c != ' ' && c != '-') {
                    return null;
                }
            } else if (isDigit(c)) {
                digits[n++] = c;
            } else {
                return null;
            }
        }
        return new String(digits);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The control number of a SNILS whose first nine digits are given. */
    public static int checksum(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (9 - i);
        }
        if (sum > 101) {
            sum %= 101;
        }
        return sum == 100 || sum == 101 ? 0 : sum;
    }

    /** The eleven digits, the form it is encrypted and hashed in. */
    public String digits() {
        return digits;
    }

    /** "112-233-445 95", as printed on the card. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snils snils && snils.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Snils[***]";
    }
}
