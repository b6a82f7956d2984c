package org.zhurnal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.text.TextRule;

/**
 * One correction of a person card's name or birth date, never changed once written: the values before and
 * after, why, when and by whom. Personal data: {@link #toString()} shows ids only.
 */
@Entity
@Table(name = "person_name_change")
public class PersonNameChange {

    static final TextRule REASON = new TextRule("reason", 500, "Укажите причину исправления, например «Свидетельство "
            + "о браке № …» или «Опечатка при вводе»", "Причина — не длиннее 500 символов");

    /** Who corrects: the account, and the person card it is bound to if any. */
    public record Author(Instant at, String issuer, String subject, Long personId) {

        public static Author of(Actor actor, Instant at) {
            return new Author(at, actor.issuer(), actor.subject(), actor.personId());
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "old_surname", nullable = false, updatable = false)
    private String oldSurname;

    @Column(name = "old_given_name", nullable = false, updatable = false)
    private String oldGivenName;

    @Column(name = "old_patronymic", updatable = false)
    private String oldPatronymic;

    @Column(name = "old_birth_date", updatable = false)
    private LocalDate oldBirthDate;

    @Column(name = "new_surname", nullable = false, updatable = false)
    private String newSurname;

    @Column(name = "new_given_name", nullable = false, updatable = false)
    private String newGivenName;

    @Column(name = "new_patronymic", updatable = false)
    private String newPatronymic;

    @Column(name = "new_birth_date", updatable = false)
    private LocalDate newBirthDate;

    @Column(nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by_issuer", nullable = false, updatable = false)
    private String changedByIssuer;

    @Column(name = "changed_by_subject", nullable = false, updatable = false)
    private String changedBySubject;

    @Column(name = "changed_by_person_id", updatable = false)
    private Long changedByPersonId;

    protected PersonNameChange() {
        // for JPA
    }

    static PersonNameChange of(Long personId, PersonName before, LocalDate birthBefore, PersonName after,
                               LocalDate birthAfter, String reason, Author author) {
        PersonNameChange change = new PersonNameChange();
        change.reason = REASON.required(reason);
        change.personId = Objects.requireNonNull(personId, "personId");
        change.oldSurname = before.surname();
        change.oldGivenName = before.givenName();
        change.oldPatronymic = before.patronymic().isEmpty() ? null : before.patronymic();
        change.oldBirthDate = birthBefore;
        change.newSurname = after.surname();
        change.newGivenName = after.givenName();
        change.newPatronymic = after.patronymic().isEmpty() ? null : after.patronymic();
        change.newBirthDate = birthAfter;
        change.changedAt = author.at();
        change.changedByIssuer = author.issuer();
        change.changedBySubject = author.subject();
        change.changedByPersonId = author.personId();
        return change;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public PersonName before() {
        return new PersonName(oldSurname, oldGivenName, oldPatronymic);
    }

    public Optional<LocalDate> birthDateBefore() {
        return Optional.ofNullable(oldBirthDate);
    }

    public PersonName after() {
        return new PersonName(newSurname, newGivenName, newPatronymic);
    }

    public Optional<LocalDate> birthDateAfter() {
        return Optional.ofNullable(newBirthDate);
    }

    public String reason() {
        return reason;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public String toString() {
        return "PersonNameChange[" + id + ", person " + personId + "]";
    }
}
