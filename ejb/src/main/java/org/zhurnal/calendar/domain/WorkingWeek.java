package org.zhurnal.calendar.domain;

import java.time.DayOfWeek;

/** The school's working week: five days (Monday–Friday) or six (Monday–Saturday). */
public enum WorkingWeek {
    FIVE_DAYS(DayOfWeek.FRIDAY),
    SIX_DAYS(DayOfWeek.SATURDAY);

    private final DayOfWeek lastDay;

    WorkingWeek(DayOfWeek lastDay) {
        this.lastDay = lastDay;
    }

    public boolean includes(DayOfWeek day) {
        return day.compareTo(lastDay) <= 0;
    }
}
