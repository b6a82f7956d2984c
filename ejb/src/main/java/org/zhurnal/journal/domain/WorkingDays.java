package org.zhurnal.journal.domain;

import java.time.LocalDate;
import java.util.Set;
import org.zhurnal.calendar.domain.WorkingWeek;

/**
 * The school calendar as the journal's deadlines count it: days of the working week (five or six days)
 * that are not declared days off. "Within N working days of the lesson" ends on {@link #after}(lesson, N).
 */
public record WorkingDays(WorkingWeek week, Set<LocalDate> daysOff) {

    public WorkingDays {
        daysOff = Set.copyOf(daysOff);
    }

    public boolean isWorkingDay(LocalDate day) {
        return week.includes(day.getDayOfWeek()) && !daysOff.contains(day);
    }

    /** The date {@code count} working days after {@code day}; the day itself for 0. */
    public LocalDate after(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate result = day;
        for (int counted = 0; counted < count; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /** Monday to Friday without days off: for tests and defaults. */
    public static WorkingDays fiveDays(Set<LocalDate> daysOff) {
        return new WorkingDays(WorkingWeek.FIVE_DAYS, daysOff);
    }

}
