package org.zhurnal.calendar.api;

import java.util.List;
import java.util.Objects;
import org.zhurnal.calendar.domain.BellSlot;
import org.zhurnal.shared.error.InvalidInputException;

/** A bell schedule: its name and lessons, times as {@code HH:mm}. */
public record NewBellScheduleRequest(String name, List<SlotRequest> slots) {

    public record SlotRequest(Integer number, String startsAt, String endsAt) {
    }

    List<BellSlot> toSlots() {
        return Objects.requireNonNullElse(slots, List.<SlotRequest>of()).stream().map(slot -> {
            if (slot.number() == null || slot.number() < 1 || slot.number() > 20) {
                throw new InvalidInputException("slots", "Номер урока — от 1 до 20");
            }
            return new BellSlot(slot.number().shortValue(), WireDates.time(slot.startsAt(), "slots"),
                    WireDates.time(slot.endsAt(), "slots"));
        }).toList();
    }
}
