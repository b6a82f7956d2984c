package org.zhurnal.shared.text;

import org.zhurnal.shared.error.InvalidInputException;

/**
 * How one free-text input is accepted: blanks trimmed and collapsed, a maximum length, and the Russian
 * messages shown when it is missing or too long. {@code field} is the input's name in the API.
 */
public record TextRule(String field, int maxLength, String missingMessage, String tooLongMessage) {

    /** The cleaned value; refused when blank or too long. */
    public String required(String value) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            throw new InvalidInputException(field, missingMessage);
        }
        return limited(cleaned);
    }

    /** The cleaned value, or {@code null} when blank; refused when too long. */
    public String optional(String value) {
        String cleaned = clean(value);
        return cleaned.isEmpty() ? null : limited(cleaned);
    }

    private String limited(String cleaned) {
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            throw new InvalidInputException(field, tooLongMessage);
        }
        return cleaned;
    }

    /** Trims and collapses runs of white space (including non-breaking spaces) into one space. */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }
}
