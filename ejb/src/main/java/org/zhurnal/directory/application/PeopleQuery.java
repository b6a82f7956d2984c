package org.zhurnal.directory.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.query.PageWindow;
import org.zhurnal.shared.text.TextRule;

/**
 * A search in a school's people as of a day: an optional text (part of «Фамилия Имя Отчество», regardless of
 * case and «ё»), an optional class, and the page of people ordered by name (then id, so pages are stable).
 */
public record PeopleQuery(String text, Long classId, LocalDate date, PageWindow window) {

    private static final TextRule TEXT = new TextRule("q", 200, "", "Строка поиска — не длиннее 200 символов");

    public PeopleQuery {
        text = TEXT.optional(text);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(window, "window");
    }

    public Optional<String> textFilter() {
        return Optional.ofNullable(text);
    }

    public Optional<Long> classFilter() {
        return Optional.ofNullable(classId);
    }
}
