package org.zhurnal.classes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement of a student (движение), never changed once written: arrival in a class, leaving the school,
 * transfer out of a class, joining or leaving a group of the class. {@code effectiveOn} is the first day
 * the event holds. Who is in a class or group at a date follows from these events ({@link EnrolmentHistory}).
 */
@Entity
@Table(name = "enrolment_event")
public class EnrolmentEvent {

    /** What happened. The first three change the student's class, the last two a group of the class. */
    public enum Kind {
        ARRIVE, LEAVE, TRANSFER, GROUP_JOIN, GROUP_LEAVE;

        public boolean isClassEvent() {
            return this == ARRIVE || this == LEAVE || this == TRANSFER;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Kind kind;

    @Column(name = "school_class_id", nullable = false, updatable = false)
    private Long schoolClassId;

    @Column(name = "class_group_id", updatable = false)
    private Long classGroupId;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "order_ref", updatable = false, length = 200)
    private String orderRef;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_issuer", nullable = false, updatable = false)
    private String recordedByIssuer;

    @Column(name = "recorded_by_subject", nullable = false, updatable = false)
    private String recordedBySubject;

    protected EnrolmentEvent() {
        // for JPA
    }

    EnrolmentEvent(Long personId, Kind kind, Long schoolClassId, Long classGroupId, LocalDate effectiveOn,
                   Recording recording) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.schoolClassId = Objects.requireNonNull(schoolClassId, "schoolClassId");
        if ((classGroupId == null) == !kind.isClassEvent()) {
            throw new IllegalArgumentException(kind + " with group " + classGroupId);
        }
        this.classGroupId = classGroupId;
        this.effectiveOn = Objects.requireNonNull(effectiveOn, "effectiveOn");
        this.orderRef = recording.orderRef();
        this.recordedAt = recording.at();
        this.recordedByIssuer = recording.issuer();
        this.recordedBySubject = recording.subject();
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Kind kind() {
        return kind;
    }

    public Long schoolClassId() {
        return schoolClassId;
    }

    public Optional<Long> classGroupId() {
        return Optional.ofNullable(classGroupId);
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Optional<String> orderRef() {
        return Optional.ofNullable(orderRef);
    }
}
