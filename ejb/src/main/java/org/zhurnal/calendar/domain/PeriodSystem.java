package org.zhurnal.calendar.domain;

/** How a school divides its year for reporting: quarters, trimesters or half-years (semesters). */
public enum PeriodSystem {
    QUARTERS(4, "четверти"),
    TRIMESTERS(3, "триместра"),
    HALF_YEARS(2, "полугодия");

    private final int periods;
    private final String russianPlural;

    PeriodSystem(int periods, String russianPlural) {
        this.periods = periods;
        this.russianPlural = russianPlural;
    }

    public int periods() {
        return periods;
    }

    /** «4 четверти», «3 триместра», «2 полугодия». */
    public String describe() {
        return periods + " " + russianPlural;
    }
}
