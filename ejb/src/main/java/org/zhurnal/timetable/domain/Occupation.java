package org.zhurnal.timetable.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One lesson of the timetable as it occupies a bell slot of a weekday: its teacher, room and audience, in
 * which weeks and from which day to which (exclusive; {@code to} null: open). A dated lesson occupies one
 * day: {@link #onDay}. {@code id} names it (an entry's or a lesson's id) and {@code subject} describes it.
 */
public record Occupation(long id, String subject, long teacherId, String teacherName, Long roomId, String roomName,
                         Audience audience, WeekKind weeks, LocalDate from, LocalDate to) {

    public Occupation {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(weeks, "weeks");
        Objects.requireNonNull(from, "from");
    }

    public static Occupation onDay(long id, String subject, long teacherId, String teacherName, Long roomId,
                                   String roomName, Audience audience, LocalDate day) {
        return new Occupation(id, subject, teacherId, teacherName, roomId, roomName, audience, WeekKind.EVERY, day,
                day.plusDays(1));
    }

    /** Whether both can fall on one day: their weeks and their date ranges overlap. */
    public boolean meets(Occupation other) {
        return weeks.overlaps(other.weeks) && from.isBefore(endOf(other.to)) && other.from.isBefore(endOf(to));
    }

    private static LocalDate endOf(LocalDate to) {
        return to == null ? LocalDate.MAX : to;
    }
}
