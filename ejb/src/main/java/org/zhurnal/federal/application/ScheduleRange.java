package org.zhurnal.federal.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.zhurnal.shared.error.InvalidInputException;

/** The dates a schedule is asked for: both given, {@code end} not before {@code start}, at most {@value #MAX_DAYS} days. */
public record ScheduleRange(LocalDate start, LocalDate end) {

    public static final int MAX_DAYS = 31;

    public ScheduleRange {
        if (start == null) {
            throw new InvalidInputException("start", "Укажите начало периода (start) в виде ГГГГ-ММ-ДД");
        }
        if (end == null) {
            throw new InvalidInputException("end", "Укажите конец периода (end) в виде ГГГГ-ММ-ДД");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("end", "Конец периода (end) раньше его начала (start)");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new InvalidInputException("end", "Период длиннее " + MAX_DAYS + " дня: запросите его частями");
        }
    }
}
