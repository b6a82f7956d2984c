package org.zhurnal.school.domain;

import org.zhurnal.shared.error.InvalidInputException;

/** The INN (ИНН) of a legal entity: ten digits, the last one a check digit over the first nine. */
public record Inn(String value) {

    public static final String FIELD = "inn";
    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    public Inn {
        if (value == null || !value.matches("\\d{10}")) {
            throw new InvalidInputException(FIELD, "ИНН школы — 10 цифр");
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new InvalidInputException(FIELD, "Неверная контрольная сумма ИНН");
        }
    }

    /** Parses user input: surrounding blanks are ignored. */
    public static Inn parse(String input) {
        return new Inn(input == null ? null : input.strip());
    }

    /** The check digit of a legal entity's INN whose first nine digits are given. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
