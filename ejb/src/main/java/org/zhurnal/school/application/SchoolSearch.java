package org.zhurnal.school.application;

import java.util.Optional;
import org.zhurnal.shared.query.PageWindow;
import org.zhurnal.shared.text.TextRule;

/**
 * A search for schools: an optional text (part of the short or full name, or the start of the INN),
 * an optional municipality, and the page (from 0) of {@code size} (1 to 100) schools ordered by short name.
 */
public record SchoolSearch(String text, Long municipalityId, int page, int size) {

    public static final int MAX_SIZE = PageWindow.MAX_SIZE;
    private static final TextRule TEXT = new TextRule("q", 200, "", "Строка поиска — не длиннее 200 символов");

    public SchoolSearch {
        text = TEXT.optional(text);
        new PageWindow(page, size); // refuses a page below 0 or a size outside 1..100
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
        return new PageWindow(page, size).offset();
    }
}
