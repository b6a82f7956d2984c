package org.zhurnal.guardians.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * A legal representative of a child from {@code validFrom} (inclusive) until ended ({@code validTo},
 * exclusive). Ended, never deleted: who could read a child's diary when stays known. Nobody represents
 * themselves.
 */
@Entity
@Table(name = "guardianship")
public class Guardianship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_person_id", nullable = false, updatable = false)
    private Long childPersonId;

    @Column(name = "guardian_person_id", nullable = false, updatable = false)
    private Long guardianPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private GuardianKind kind;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Guardianship() {
        // for JPA
    }

    public static Guardianship establish(Long childPersonId, Long guardianPersonId, GuardianKind kind, LocalDate from) {
        if (kind == null) {
            throw new InvalidInputException("kind", "Выберите, кем представитель приходится ребёнку");
        }
        if (from == null) {
            throw new InvalidInputException("validFrom", "Укажите дату начала");
        }
        if (Objects.equals(childPersonId, guardianPersonId)) {
            throw new InvalidInputException("snils", "Обучающийся не может быть своим законным представителем");
        }
        Guardianship guardianship = new Guardianship();
        guardianship.childPersonId = Objects.requireNonNull(childPersonId, "childPersonId");
        guardianship.guardianPersonId = Objects.requireNonNull(guardianPersonId, "guardianPersonId");
        guardianship.kind = kind;
        guardianship.validFrom = from;
        return guardianship;
    }

    /** The representative is no longer one from {@code on}. */
    public void end(LocalDate on) {
        if (validTo != null) {
            throw new ConflictException("validTo", "Представительство уже прекращено");
        }
        if (on == null || !on.isAfter(validFrom)) {
            throw new InvalidInputException("validTo", "Дата прекращения — позже даты начала");
        }
        validTo = on;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public Long id() {
        return id;
    }

    public Long childPersonId() {
        return childPersonId;
    }

    public Long guardianPersonId() {
        return guardianPersonId;
    }

    public GuardianKind kind() {
        return kind;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }
}
