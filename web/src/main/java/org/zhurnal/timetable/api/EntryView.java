package org.zhurnal.timetable.api;

import static org.zhurnal.calendar.api.WireDates.text;

import org.zhurnal.timetable.application.TimetableEntryView;

/** A timetable entry on the wire: dates {@code yyyy-MM-dd}, times {@code HH:mm}. */
public record EntryView(long id, int weekday, String weekKind, long bellScheduleId, int slotNumber, String startsAt,
                        String endsAt, long assignmentId, long subjectId, String subject, long teacherId, String teacher,
                        Long groupId, String group, Long streamId, String stream, Long roomId, String room,
                        String validFrom, String validTo) {

    static EntryView of(TimetableEntryView e) {
        return e == null ? null : new EntryView(e.id(), e.weekday(), e.weekKind().name(), e.bellScheduleId(),
                e.slotNumber(), text(e.startsAt()), text(e.endsAt()), e.assignmentId(), e.subjectId(), e.subject(),
                e.teacherId(), e.teacher(), e.groupId(), e.group(), e.streamId(), e.stream(), e.roomId(), e.room(),
                text(e.validFrom()), text(e.validTo()));
    }
}
