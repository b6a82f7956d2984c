package org.zhurnal.school.application;

import java.util.Optional;
import org.zhurnal.shared.query.PageWindow;
import org.zhurnal.shared.text.TextRule;

/**
 * A search in a school's staff: an optional text (part of «Фамилия Имя Отчество», regardless of case and
 * «ё») and the page of people ordered by name.
 */
public record StaffSearch(String text, PageWindow window) {

    private static final TextRule TEXT = new TextRule("q", 200, "", "Строка поиска — не длиннее 200 символов");

    public StaffSearch {
        text = TEXT.optional(text);
    }

    public Optional<String> textFilter() {
        return Optional.ofNullable(text);
    }
}
