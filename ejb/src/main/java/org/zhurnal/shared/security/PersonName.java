package org.zhurnal.shared.security;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A Russian personal name: surname, given name and an optional patronymic (отчество). */
public record PersonName(String surname, String givenName, String patronymic) {

    public PersonName {
        surname = clean(surname);
        givenName = clean(givenName);
        patronymic = clean(patronymic);
    }

    /** «Фамилия Имя Отчество», skipping missing parts. */
    public String full() {
        return Stream.of(surname, givenName, patronymic)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String clean(String part) {
        return Objects.requireNonNullElse(part, "").strip();
    }
}
