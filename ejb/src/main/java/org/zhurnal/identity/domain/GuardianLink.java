package org.zhurnal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.people.domain.ProtectedSnils;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

/**
 * A suggestion, made at sign-in from the state portal's children list, that the account is a legal representative
 * of a student: pending until the student's class teacher or the school's journal administrator confirms it (naming
 * the representative card the account was bound to) or refuses it. Decisions are final; a refused suggestion is
 * never made again for the same account and child.
 */
@Entity
@Table(name = "guardian_link")
public class GuardianLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "child_person_id", nullable = false)
    private Long childPersonId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false)
    private String surname;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    private String patronymic;

    @Embedded
    private ProtectedSnils snils;

    @Embedded
    private Suggestion review;

    @Column(name = "guardian_person_id")
    private Long guardianPersonId;

    protected GuardianLink() {
        // for JPA
    }

    /** A pending suggestion: the account (named as the state portal names it) for the child at the school. */
    public static GuardianLink suggest(Actor account, ProtectedSnils accountSnils, Long childPersonId, Long schoolId,
                                       Instant at) {
        GuardianLink link = new GuardianLink();
        link.issuer = account.issuer();
        link.subject = account.subject();
        link.surname = account.name().surname();
        link.givenName = account.name().givenName();
        link.patronymic = account.name().patronymic().isEmpty() ? null : account.name().patronymic();
        link.snils = accountSnils;
        link.childPersonId = Objects.requireNonNull(childPersonId);
        link.schoolId = Objects.requireNonNull(schoolId);
        link.review = Suggestion.pending(at);
        return link;
    }

    /** Confirmed: the account is (now) bound to this representative card of the child. */
    public void confirm(Actor by, Long guardianCard, Instant at) {
        review.decide(BindingState.CONFIRMED, by, at, "state");
        guardianPersonId = Objects.requireNonNull(guardianCard);
    }

    public void reject(Actor by, Instant at) {
        review.decide(BindingState.REJECTED, by, at, "state");
    }

    /** Refuses (409) a suggestion that was decided already. */
    public void requirePending() {
        review.requirePending("state");
    }

    public Long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }

    public Long childPersonId() {
        return childPersonId;
    }

    public Long schoolId() {
        return schoolId;
    }

    /** The account's name as the state portal gave it. */
    public PersonName accountName() {
        return new PersonName(surname, givenName, patronymic == null ? "" : patronymic);
    }

    public Optional<ProtectedSnils> accountSnils() {
        return Optional.ofNullable(snils);
    }

    public BindingState state() {
        return review.state();
    }

    public Instant suggestedAt() {
        return review.suggestedAt();
    }

    public Optional<Long> guardianPersonId() {
        return Optional.ofNullable(guardianPersonId);
    }

    public boolean isOf(String accountIssuer, String accountSubject) {
        return issuer.equals(accountIssuer) && subject.equals(accountSubject);
    }
}
