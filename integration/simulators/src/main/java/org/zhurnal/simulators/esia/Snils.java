package org.zhurnal.simulators.esia;

import java.util.regex.Pattern;

/** Russian insurance number (СНИЛС) in the {@code 112-233-445 95} form. */
final class Snils {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{3}-\\d{3} \\d{2}");

    private Snils() {
    }

    /** True when {@code snils} is well formed and its two last digits are the correct checksum. */
    static boolean isValid(String snils) {
        if (snils == null || !FORMAT.matcher(snils).matches()) {
            return false;
        }
        String digits = snils.replaceAll("\\D", "");
        return checksum(digits.substring(0, 9)) == Integer.parseInt(digits.substring(9));
    }

    /** Checksum of the nine-digit number: weights 9..1, then modulo 101 with 100 and 101 giving 0. */
    static int checksum(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        int mod = sum % 101;
        return mod == 100 ? 0 : mod;
    }
}
