package org.zhurnal.shared.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Russian messages write them: «01.09.2026». */
public final class RussianDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RussianDates() {
    }

    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
