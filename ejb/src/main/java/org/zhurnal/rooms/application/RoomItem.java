package org.zhurnal.rooms.application;

import org.zhurnal.rooms.domain.Building;
import org.zhurnal.rooms.domain.Room;

/** A room in the school's list with its building's name; {@code purpose} and {@code seats} may be null. */
public record RoomItem(Long id, Long buildingId, String buildingName, String name, String purpose, Integer seats) {

    static RoomItem of(Room room, Building building) {
        return new RoomItem(room.id(), building.id(), building.name(), room.name(), room.purpose().orElse(null),
                room.seats().orElse(null));
    }
}
