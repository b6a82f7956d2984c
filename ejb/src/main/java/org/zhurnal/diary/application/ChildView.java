package org.zhurnal.diary.application;

import java.util.List;

/**
 * A student whose diary the actor may read, as the chip row shows it: {@code relation} SELF (the actor is
 * the student) or GUARDIAN; class and school at today (null when not enrolled today); the periods of the
 * current academic year and the one containing today.
 */
public record ChildView(long personId, String displayName, String relation, Long classId, String className,
                        String school, List<PeriodView> periods, Long currentPeriodId) {
}
