package org.zhurnal.shared.text;

import java.util.regex.Pattern;

import org.zhurnal.shared.error.InvalidInputException;

/**
 * How one free-text input is accepted: blanks trimmed and collapsed, a maximum length, and the Russian
 * messages shown when it is missing or too long. {@code field} is the input's name in the API.
 */
public record TextRule(String field, int maxLength, String missingMessage, String tooLongMessage) {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

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
        String stripped = value.replace('\u00A0', ' ').strip();
        return needsCollapsing(stripped) ? BLANKS.matcher(stripped).replaceAll(" ") : stripped;
    }

    /** Whether {@code \\s+ → " "} would change the text: a blank other than a space, or two spaces in a row. */
    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
