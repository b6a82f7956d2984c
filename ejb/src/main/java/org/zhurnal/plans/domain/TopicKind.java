package org.zhurnal.plans.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of a plan's topic: an ordinary lesson or a work the journal weighs and dates differently. */
public enum TopicKind {
    REGULAR("Урок", "урок"),
    PRACTICAL("Практическая работа", "п/р"),
    LABORATORY("Лабораторная работа", "л/р"),
    TEST("Контрольная работа", "к/р"),
    DICTATION("Диктант", "дикт."),
    ESSAY("Сочинение", "соч.");

    private final String title;
    private final String abbreviation;

    TopicKind(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    public String title() {
        return title;
    }

    /** The kind named by its code, its Russian name or abbreviation (any case); blank is a regular lesson. */
    public static Optional<TopicKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(REGULAR);
        }
        String value = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(value)
                || kind.title.toLowerCase(Locale.ROOT).equals(value) || kind.abbreviation.equals(value)
                || kind.abbreviation.equals(value + ".")).findFirst();
    }
}
