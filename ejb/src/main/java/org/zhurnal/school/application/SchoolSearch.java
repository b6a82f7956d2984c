package org.zhurnal.school.application;

import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.TextRule;

/**
 * A search for schools: an optional text (part of the short or full name, or the start of the INN),
 * an optional municipality, and the page (from 0) of {@code size} (1 to 100) schools ordered by short name.
 */
public record SchoolSearch(String text, Long municipalityId, int page, int size) {

    public static final int MAX_SIZE = 100;
    private static final TextRule TEXT = new TextRule("q", 200, "", "Строка поиска — не длиннее 200 символов");

    public SchoolSearch {
        text = TEXT.optional(text);
        if (page < 0) {
            throw new InvalidInputException("page", "Номер страницы — не меньше 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "Размер страницы — от 1 до " + MAX_SIZE);
        }
    }

    public Optional<String> textFilter() {
        return Optional.ofNullable(text);
    }

    public Optional<Long> municipalityFilter() {
        return Optional.ofNullable(municipalityId);
    }

    /** Whether the text may be the start of an INN (digits only). */
    public boolean textIsInnPrefix() {
        return text != null && text.matches("\\d{1,10}");
    }

    /** The index of the first school of the page, or empty when it is beyond any possible result. */
    public Optional<Integer> offset() {
        long offset = (long) page * size;
        return offset > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) offset);
    }
}
