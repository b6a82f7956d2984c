package org.zhurnal.rooms.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhurnal.rooms.domain.Building;
import org.zhurnal.rooms.domain.Premises;
import org.zhurnal.rooms.domain.Room;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * A school's buildings and rooms (step «Кабинеты» of the set-up): listed, added and renamed by whoever may
 * administer the school ({@link AdministeredSchools}). Nothing here is personal data.
 */
@Stateless
public class RoomService {

    static final String BUILDING_NOT_FOUND = "Здание не найдено";
    static final String ROOM_NOT_FOUND = "Кабинет не найден";

    @Inject
    AdministeredSchools schools;

    @Inject
    Premises premises;

    public List<BuildingItem> buildings(Actor actor, Long schoolId) {
        schools.require(actor, schoolId);
        return premises.buildings(schoolId).stream().map(BuildingItem::of).toList();
    }

    public BuildingItem addBuilding(Actor actor, Long schoolId, BuildingInput input) {
        schools.require(actor, schoolId);
        return BuildingItem.of(premises.add(new Building(schoolId, input.name(), input.address())));
    }

    public BuildingItem describeBuilding(Actor actor, Long schoolId, Long buildingId, BuildingInput input) {
        schools.require(actor, schoolId);
        Building building = premises.building(schoolId, buildingId)
                .orElseThrow(() -> new NotFoundException(BUILDING_NOT_FOUND));
        building.describe(input.name(), input.address());
        premises.store();
        return BuildingItem.of(building);
    }

    public List<RoomItem> rooms(Actor actor, Long schoolId) {
        schools.require(actor, schoolId);
        Map<Long, Building> buildings = premises.buildings(schoolId).stream()
                .collect(Collectors.toMap(Building::id, Function.identity()));
        return premises.rooms(schoolId).stream().map(room -> RoomItem.of(room, buildings.get(room.buildingId()))).toList();
    }

    public RoomItem addRoom(Actor actor, Long schoolId, RoomInput input) {
        schools.require(actor, schoolId);
        Building building = buildingOf(schoolId, input);
        return RoomItem.of(premises.add(new Room(building, input.name(), input.purpose(), input.seats())), building);
    }

    public RoomItem describeRoom(Actor actor, Long schoolId, Long roomId, RoomInput input) {
        schools.require(actor, schoolId);
        Room room = premises.room(schoolId, roomId).orElseThrow(() -> new NotFoundException(ROOM_NOT_FOUND));
        Building building = input.buildingId() == null ? premises.building(schoolId, room.buildingId()).orElseThrow()
                : buildingOf(schoolId, input);
        room.describe(building, input.name(), input.purpose(), input.seats());
        premises.store();
        return RoomItem.of(room, building);
    }

    private Building buildingOf(Long schoolId, RoomInput input) {
        if (input.buildingId() == null) {
            throw new InvalidInputException("buildingId", "Выберите здание");
        }
        return premises.building(schoolId, input.buildingId())
                .orElseThrow(() -> new InvalidInputException("buildingId", BUILDING_NOT_FOUND));
    }
}
