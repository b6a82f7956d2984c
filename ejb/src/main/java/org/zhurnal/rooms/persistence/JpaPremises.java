package org.zhurnal.rooms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.rooms.domain.Building;
import org.zhurnal.rooms.domain.Premises;
import org.zhurnal.rooms.domain.Room;
import org.zhurnal.shared.persistence.UniqueViolation;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;

/** Buildings and rooms; the unique name indexes turn a duplicate (also a concurrent one) into a conflict. */
@ApplicationScoped
public class JpaPremises implements Premises {

    private static final Map<String, Conflict> CONFLICTS = Map.of(
            "building_name_uk", new Conflict("name", "В школе уже есть здание с таким названием"),
            "room_name_uk", new Conflict("name", "В этом здании уже есть кабинет с таким названием"));

    @Inject
    EntityManager em;

    @Override
    public List<Building> buildings(Long schoolId) {
        return em.createQuery("SELECT b FROM Building b WHERE b.schoolId = :school ORDER BY b.name, b.id", Building.class)
                .setParameter("school", schoolId).getResultList();
    }

    @Override
    public List<Room> rooms(Long schoolId) {
        return em.createQuery("SELECT r FROM Room r, Building b WHERE b.id = r.buildingId AND r.schoolId = :school "
                        + "ORDER BY b.name, b.id, r.name, r.id", Room.class)
                .setParameter("school", schoolId).getResultList();
    }

    @Override
    public Optional<Building> building(Long schoolId, Long buildingId) {
        return Optional.ofNullable(em.find(Building.class, buildingId)).filter(b -> b.schoolId().equals(schoolId));
    }

    @Override
    public Optional<Room> room(Long schoolId, Long roomId) {
        return Optional.ofNullable(em.find(Room.class, roomId)).filter(r -> r.schoolId().equals(schoolId));
    }

    @Override
    public Building add(Building building) {
        UniqueViolation.flush(em, () -> em.persist(building), CONFLICTS);
        return building;
    }

    @Override
    public Room add(Room room) {
        UniqueViolation.flush(em, () -> em.persist(room), CONFLICTS);
        return room;
    }

    @Override
    public void store() {
        UniqueViolation.flush(em, () -> { }, CONFLICTS);
    }
}
