package org.zhurnal.calendar.api;

import java.util.List;
import org.zhurnal.calendar.application.BellScheduleView;

/** A bell schedule on the wire (times as {@code HH:mm}). */
public record BellScheduleResponse(Long id, String name, List<Slot> slots) {

    public record Slot(int number, String startsAt, String endsAt) {
    }

    static BellScheduleResponse of(BellScheduleView schedule) {
        return new BellScheduleResponse(schedule.id(), schedule.name(), schedule.slots().stream()
                .map(s -> new Slot(s.number(), WireDates.text(s.startsAt()), WireDates.text(s.endsAt()))).toList());
    }
}
