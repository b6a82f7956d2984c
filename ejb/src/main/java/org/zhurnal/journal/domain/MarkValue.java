package org.zhurnal.journal.domain;

import org.zhurnal.shared.error.InvalidInputException;

/** A mark 2–5, or a double mark «5/4» ({@code second} set). */
public record MarkValue(int first, Integer second) {

    public static final int LOWEST = 2;
    public static final int HIGHEST = 5;

    public MarkValue {
        if (!valid(first) || (second != null && !valid(second))) {
            throw new InvalidInputException("marks", "Отметка может быть только 2, 3, 4 или 5");
        }
    }

    public boolean isDouble() {
        return second != null;
    }

    /** «5» or «5/4». */
    @Override
    public String toString() {
        return second == null ? Integer.toString(first) : first + "/" + second;
    }

    private static boolean valid(int value) {
        return value >= LOWEST && value <= HIGHEST;
    }
}
