package org.zhurnal.shared.query;

import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * Which page of a list is asked for: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. Checked
 * on creation with the API's parameter names, so every paged list refuses the same way.
 */
public record PageWindow(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageWindow {
        if (page < 0) {
            throw new InvalidInputException("page", "Номер страницы — не меньше 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "Размер страницы — от 1 до " + MAX_SIZE);
        }
    }

    /** The index of the page's first item, or empty when it is beyond any possible result. */
    public Optional<Integer> offset() {
        long offset = (long) page * size;
        return offset > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) offset);
    }

    /** Whether the page starts at or past the end of {@code total} items, so no query is needed. */
    public boolean isBeyond(long total) {
        return offset().map(first -> first >= total).orElse(true);
    }
}
