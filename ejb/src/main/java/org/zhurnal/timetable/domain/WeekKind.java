package org.zhurnal.timetable.domain;

/** Which weeks a timetable entry applies to: every week, or only week A or B of the alternating timetable. */
public enum WeekKind {
    EVERY, A, B;

    /** Whether an entry of this kind and one of the other kind can fall in the same week. */
    public boolean overlaps(WeekKind other) {
        return this == EVERY || other == EVERY || this == other;
    }

    /** Whether an entry of this kind applies in a week that is {@code week} (A or B). */
    public boolean appliesIn(WeekKind week) {
        return this == EVERY || this == week;
    }
}
