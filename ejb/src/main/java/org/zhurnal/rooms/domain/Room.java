package org.zhurnal.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.TextRule;

/**
 * A room (кабинет) in a building of the school: a name unique in its building (regardless of case and «ё»),
 * an optional purpose («Кабинет физики») and number of seats. It stays in the school it was made for.
 */
@Entity
@Table(name = "room")
public class Room {

    static final TextRule NAME = new TextRule("name", 50, "Укажите номер или название кабинета",
            "Название кабинета — не длиннее 50 символов");
    static final TextRule PURPOSE = new TextRule("purpose", 200, "Укажите назначение",
            "Назначение — не длиннее 200 символов");
    static final int MAX_SEATS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "building_id", nullable = false)
    private Long buildingId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 200)
    private String purpose;

    private Short seats;

    protected Room() {
        // for JPA
    }

    /** A room in the building, which must be one of the same school's. */
    public Room(Building building, String name, String purpose, Integer seats) {
        this.schoolId = building.schoolId();
        describe(building, name, purpose, seats);
    }

    /** Renames the room, moves it to another building of its school, changes its purpose and seats. */
    public void describe(Building building, String newName, String newPurpose, Integer newSeats) {
        if (!building.schoolId().equals(schoolId)) {
            throw new InvalidInputException("buildingId", "Здание не найдено");
        }
        this.buildingId = Objects.requireNonNull(building.id(), "building.id");
        this.name = NAME.required(newName);
        this.purpose = PURPOSE.optional(newPurpose);
        if (newSeats != null && (newSeats < 1 || newSeats > MAX_SEATS)) {
            throw new InvalidInputException("seats", "Число мест — от 1 до " + MAX_SEATS);
        }
        this.seats = newSeats == null ? null : newSeats.shortValue();
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long buildingId() {
        return buildingId;
    }

    public String name() {
        return name;
    }

    public Optional<String> purpose() {
        return Optional.ofNullable(purpose);
    }

    public Optional<Integer> seats() {
        return Optional.ofNullable(seats).map(Short::intValue);
    }
}
