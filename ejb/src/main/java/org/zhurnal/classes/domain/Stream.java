package org.zhurnal.classes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.TextRule;

/**
 * A stream (поток): several classes of one school's academic year taught together in some lessons (a
 * profile course, a lecture). It guards that it joins at least two classes, all of the same school and year.
 */
@Entity
@Table(name = "stream")
public class Stream {

    static final TextRule NAME = new TextRule("name", 100, "Укажите название потока",
            "Название потока — не длиннее 100 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "academic_year_id", nullable = false, updatable = false)
    private Long academicYearId;

    @Column(nullable = false, length = 100)
    private String name;

    @ElementCollection
    @CollectionTable(name = "stream_class", joinColumns = @JoinColumn(name = "stream_id"))
    @Column(name = "school_class_id", nullable = false)
    private Set<Long> classIds = new LinkedHashSet<>();

    protected Stream() {
        // for JPA
    }

    /** A stream of these classes, which must all be of the school and the year. */
    public static Stream join(Long schoolId, Long academicYearId, String name, Collection<SchoolClass> classes) {
        Set<Long> ids = new LinkedHashSet<>();
        for (SchoolClass schoolClass : classes) {
            if (!schoolClass.schoolId().equals(schoolId) || !schoolClass.academicYearId().equals(academicYearId)) {
                throw new InvalidInputException("classIds", "Поток объединяет классы одной школы и одного учебного года");
            }
            ids.add(schoolClass.id());
        }
        if (ids.size() < 2) {
            throw new InvalidInputException("classIds", "Выберите хотя бы два класса");
        }
        Stream stream = new Stream();
        stream.schoolId = schoolId;
        stream.academicYearId = academicYearId;
        stream.name = NAME.required(name);
        stream.classIds = ids;
        return stream;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long academicYearId() {
        return academicYearId;
    }

    public String name() {
        return name;
    }

    public Set<Long> classIds() {
        return Set.copyOf(classIds);
    }
}
