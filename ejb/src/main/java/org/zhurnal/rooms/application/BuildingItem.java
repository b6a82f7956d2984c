package org.zhurnal.rooms.application;

import org.zhurnal.rooms.domain.Building;

/** A building in the school's list; {@code address} may be null. */
public record BuildingItem(Long id, String name, String address) {

    static BuildingItem of(Building building) {
        return new BuildingItem(building.id(), building.name(), building.address().orElse(null));
    }
}
