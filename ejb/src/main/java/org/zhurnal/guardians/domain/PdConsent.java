package org.zhurnal.guardians.domain;

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
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.text.TextRule;

/**
 * A consent to the processing of a person's personal data for one purpose, given by the person or their
 * legal representative on a day, until withdrawn. A record, never changed except by its one withdrawal;
 * who recorded it and the withdrawal is kept.
 */
@Entity
@Table(name = "pd_consent")
public class PdConsent {

    static final TextRule DOCUMENT = new TextRule("documentRef", 200, "Укажите документ",
            "Реквизиты документа — не длиннее 200 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "given_by_person_id", nullable = false, updatable = false)
    private Long givenByPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ConsentPurpose purpose;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "document_ref", length = 200, updatable = false)
    private String documentRef;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_issuer", nullable = false, updatable = false)
    private String recordedByIssuer;

    @Column(name = "recorded_by_subject", nullable = false, updatable = false)
    private String recordedBySubject;

    @Column(name = "withdrawal_recorded_at")
    private Instant withdrawalRecordedAt;

    @Column(name = "withdrawal_recorded_by_issuer")
    private String withdrawalRecordedByIssuer;

    @Column(name = "withdrawal_recorded_by_subject")
    private String withdrawalRecordedBySubject;

    protected PdConsent() {
        // for JPA
    }

    /** A consent given on a day not after {@code today}; {@code givenBy} is the person or a representative. */
    public static PdConsent given(Long personId, Long givenBy, ConsentPurpose purpose, LocalDate givenOn,
                                  String documentRef, LocalDate today, Actor recorder, Instant now) {
        if (purpose == null) {
            throw new InvalidInputException("purpose", "Выберите цель обработки персональных данных");
        }
        if (givenOn == null || givenOn.isAfter(today)) {
            throw new InvalidInputException("givenOn", "Дата согласия — не позже сегодняшнего дня");
        }
        PdConsent consent = new PdConsent();
        consent.personId = Objects.requireNonNull(personId, "personId");
        consent.givenByPersonId = Objects.requireNonNull(givenBy, "givenBy");
        consent.purpose = purpose;
        consent.givenOn = givenOn;
        consent.documentRef = DOCUMENT.optional(documentRef);
        consent.recordedAt = now;
        consent.recordedByIssuer = recorder.issuer();
        consent.recordedBySubject = recorder.subject();
        return consent;
    }

    /** The consent is withdrawn from {@code on} (not before it was given, not after today). */
    public void withdraw(LocalDate on, LocalDate today, Actor recorder, Instant now) {
        if (withdrawnOn != null) {
            throw new ConflictException("withdrawnOn", "Согласие уже отозвано");
        }
        if (on == null || on.isBefore(givenOn) || on.isAfter(today)) {
            throw new InvalidInputException("withdrawnOn", "Дата отзыва — между датой согласия и сегодняшним днём");
        }
        withdrawnOn = on;
        withdrawalRecordedAt = now;
        withdrawalRecordedByIssuer = recorder.issuer();
        withdrawalRecordedBySubject = recorder.subject();
    }

    public boolean isInForce() {
        return withdrawnOn == null;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Long givenByPersonId() {
        return givenByPersonId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public Optional<LocalDate> withdrawnOn() {
        return Optional.ofNullable(withdrawnOn);
    }

    public Optional<String> documentRef() {
        return Optional.ofNullable(documentRef);
    }
}
