package org.zhurnal.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.text.TextRule;

/**
 * A subject (учебный предмет) taught in the region's schools. It belongs either to the region's catalogue,
 * which every school uses, or to one school that added it for itself; a school's curriculum may use only
 * those two kinds. Names are unique within the catalogue and within a school, regardless of case and «ё».
 */
@Entity
@Table(name = "subject")
public class Subject {

    public static final TextRule NAME = new TextRule("name", 200,
            "Укажите название предмета", "Название предмета — не длиннее 200 символов");
    public static final TextRule SHORT_NAME = new TextRule("shortName", 30,
            "Укажите краткое название предмета", "Краткое название — не длиннее 30 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", nullable = false, length = 30)
    private String shortName;

    protected Subject() {
        // for JPA
    }

    private Subject(Long regionId, Long schoolId, String name, String shortName) {
        this.regionId = Objects.requireNonNull(regionId, "regionId");
        this.schoolId = schoolId;
        this.name = NAME.required(name);
        this.shortName = SHORT_NAME.required(shortName);
    }

    /** A subject of the region's catalogue. */
    public static Subject ofRegion(Long regionId, String name, String shortName) {
        return new Subject(regionId, null, name, shortName);
    }

    /** A subject only this school teaches. */
    public static Subject ofSchool(Long regionId, Long schoolId, String name, String shortName) {
        return new Subject(regionId, Objects.requireNonNull(schoolId, "schoolId"), name, shortName);
    }

    /** Renames the subject (a typo, the official name); checked as a new one. */
    public void rename(String newName, String newShortName) {
        String checkedName = NAME.required(newName);
        shortName = SHORT_NAME.required(newShortName);
        name = checkedName;
    }

    /** Whether the school's curriculum may use it: a catalogue subject, or the school's own. */
    public boolean isUsableAt(Long school) {
        return schoolId == null || schoolId.equals(school);
    }

    public Long id() {
        return id;
    }

    public Long regionId() {
        return regionId;
    }

    /** The school that added it; empty for the region's catalogue. */
    public Optional<Long> schoolId() {
        return Optional.ofNullable(schoolId);
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }
}
