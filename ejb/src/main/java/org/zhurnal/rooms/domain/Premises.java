package org.zhurnal.rooms.domain;

import java.util.List;
import java.util.Optional;

/** A school's buildings and rooms. */
public interface Premises {

    /** The school's buildings by name. */
    List<Building> buildings(Long schoolId);

    /** The school's rooms by building and name. */
    List<Room> rooms(Long schoolId);

    Optional<Building> building(Long schoolId, Long buildingId);

    Optional<Room> room(Long schoolId, Long roomId);

    /** Stores a new building and assigns its id; a duplicate name is a conflict on {@code name}. */
    Building add(Building building);

    /** Stores a new room and assigns its id; a duplicate name in its building is a conflict on {@code name}. */
    Room add(Room room);

    /** Writes the pending changes now (a renamed building or room may collide with another's name). */
    void store();
}
