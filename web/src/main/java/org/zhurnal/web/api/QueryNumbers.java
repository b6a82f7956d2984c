package org.zhurnal.web.api;

import org.zhurnal.shared.error.InvalidInputException;

/** Numbers from query parameters: a malformed one is a 400 naming the parameter, not JAX-RS's 404. */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    public static int intOr(String value, int fallback, String field) {
        return value == null || value.isBlank() ? fallback : (int) parse(value, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static Long longOrNull(String value, String field) {
        return value == null || value.isBlank() ? null : parse(value, field, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long parse(String value, String field, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number < min || number > max) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Ожидается целое число");
        }
    }
}
