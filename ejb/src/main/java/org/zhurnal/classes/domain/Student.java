package org.zhurnal.classes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A person enrolled at a school (обучающийся). Personal data stays on the person card; the classes and
 * groups the student was in follow from the enrolment events. The row is locked while a movement is
 * recorded, so two movements of one student never interleave.
 */
@Entity
@Table(name = "student")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    protected Student() {
        // for JPA
    }

    public Student(Long personId, Long schoolId) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.schoolId = Objects.requireNonNull(schoolId, "schoolId");
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Long schoolId() {
        return schoolId;
    }
}
