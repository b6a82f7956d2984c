package org.zhurnal.reports.domain;

import java.util.Arrays;
import java.util.Optional;

/** A kind of reporting period as the API names it, and the academic years' period system it belongs to. */
public enum PeriodKind {
    QUARTER("quarter", "QUARTERS", 4),
    TRIMESTER("trimester", "TRIMESTERS", 3),
    HALF_YEAR("half-year", "HALF_YEARS", 2);

    private final String path;
    private final String periodSystem;
    private final int periods;

    PeriodKind(String path, String periodSystem, int periods) {
        this.path = path;
        this.periodSystem = periodSystem;
        this.periods = periods;
    }

    public static Optional<PeriodKind> ofPath(String value) {
        return Arrays.stream(values()).filter(k -> k.path.equals(value)).findFirst();
    }

    public String path() {
        return path;
    }

    public String periodSystem() {
        return periodSystem;
    }

    public boolean hasPeriod(int number) {
        return number >= 1 && number <= periods;
    }
}
