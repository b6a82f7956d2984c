package org.zhurnal.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.text.TextRule;

/** A building (здание, корпус) of a school; its name is unique in the school regardless of case and «ё». */
@Entity
@Table(name = "building")
public class Building {

    static final TextRule NAME = new TextRule("name", 200, "Укажите название здания",
            "Название здания — не длиннее 200 символов");
    static final TextRule ADDRESS = new TextRule("address", 500, "Укажите адрес",
            "Адрес — не длиннее 500 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String address;

    protected Building() {
        // for JPA
    }

    public Building(Long schoolId, String name, String address) {
        this.schoolId = Objects.requireNonNull(schoolId, "schoolId");
        this.name = NAME.required(name);
        this.address = ADDRESS.optional(address);
    }

    /** Renames the building and changes its address (blank: none). */
    public void describe(String newName, String newAddress) {
        this.name = NAME.required(newName);
        this.address = ADDRESS.optional(newAddress);
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
