package org.zhurnal.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** A numbered lesson slot of a bell schedule: the 3rd lesson from 10:00 to 10:45. */
@Embeddable
public record BellSlot(@Column(name = "number", nullable = false) short number,
                       @Column(name = "starts_at", nullable = false) LocalTime startsAt,
                       @Column(name = "ends_at", nullable = false) LocalTime endsAt) {
}
