package org.zhurnal.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's position at a school for a period: {@code validFrom} inclusive, {@code validTo} exclusive
 * (the first day the person no longer holds it). Positions are ended, never deleted, so the history of
 * who held which position stays. Part of the {@link School} aggregate; the person is referenced by id.
 */
@Entity
@Table(name = "staff_position")
public class StaffPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Position position;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected StaffPosition() {
        // for JPA
    }

    StaffPosition(School school, Long personId, Position position, LocalDate validFrom) {
        this.school = Objects.requireNonNull(school, "school");
        this.personId = Objects.requireNonNull(personId, "personId");
        this.position = Objects.requireNonNull(position, "position");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    }

    /** Ends the position: from {@code day} on the person no longer holds it. */
    void end(LocalDate day) {
        if (!isCurrent()) {
            throw new IllegalStateException("position " + id + " has already ended");
        }
        validTo = day.isBefore(validFrom) ? validFrom : day;
    }

    /** Held now: not ended yet. */
    public boolean isCurrent() {
        return validTo == null;
    }

    boolean isCurrent(Long person, Position kind) {
        return isCurrent() && personId.equals(person) && position == kind;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Position position() {
        return position;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
