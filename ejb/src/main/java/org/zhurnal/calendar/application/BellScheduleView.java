package org.zhurnal.calendar.application;

import java.time.LocalTime;
import java.util.List;
import org.zhurnal.calendar.domain.BellSchedule;

/** A bell schedule with its lesson slots. */
public record BellScheduleView(Long id, String name, List<Slot> slots) {

    public record Slot(int number, LocalTime startsAt, LocalTime endsAt) {
    }

    static BellScheduleView of(BellSchedule schedule) {
        return new BellScheduleView(schedule.id(), schedule.name(), schedule.slots().stream()
                .map(slot -> new Slot(slot.number(), slot.startsAt(), slot.endsAt())).toList());
    }
}
