package org.zhurnal.classes.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.classes.application.RecordedMovement;

/** The events a movement recorded, e.g. a transfer: {@code TRANSFER} out of one class, {@code ARRIVE} in the other. */
@JsonbPropertyOrder({"personId", "events"})
public record MovementView(Long personId, List<Event> events) {

    @JsonbNillable
    @JsonbPropertyOrder({"id", "kind", "classId", "groupId", "date"})
    public record Event(Long id, String kind, Long classId, Long groupId, String date) {
    }

    static MovementView of(RecordedMovement movement) {
        return new MovementView(movement.personId(), movement.events().stream().map(e -> new Event(e.id(), e.kind(),
                e.classId(), e.groupId(), WireDates.text(e.date()))).toList());
    }
}
