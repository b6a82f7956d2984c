package org.zhurnal.timetable.application;

import java.time.LocalTime;
import java.util.List;

/** What the timetable editor of a class chooses from: the class's assignments, rooms, bells and teachers. */
public record TimetableOptions(List<Assignment> assignments, List<Named> rooms, List<Bells> bellSchedules,
                               List<Named> teachers) {

    /** A teaching assignment of the class (whole class, one of its groups, or a stream it belongs to). */
    public record Assignment(long id, String subject, String teacher, String group, String stream) {
    }

    public record Named(long id, String name) {
    }

    public record Bells(long id, String name, List<Slot> slots) {
    }

    public record Slot(int number, LocalTime startsAt, LocalTime endsAt) {
    }
}
