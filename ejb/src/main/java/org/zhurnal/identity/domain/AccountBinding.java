package org.zhurnal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.Actor;

/**
 * A sign-in account (issuer + subject) bound to a person card. Suggested when the state portal's SNILS
 * matches a staff member's card; it counts only once a person confirms it. Decisions are final.
 */
@Entity
@Table(name = "account_binding")
public class AccountBinding {

    static final String ALREADY_DECIDED = "Это предложение уже рассмотрено";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BindingState state;

    @Column(name = "suggested_at", nullable = false)
    private Instant suggestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_issuer")
    private String decidedByIssuer;

    @Column(name = "decided_by_subject")
    private String decidedBySubject;

    protected AccountBinding() {
        // for JPA
    }

    /** A pending suggestion to bind the account to the person card. */
    public static AccountBinding suggest(String issuer, String subject, Long personId, Instant at) {
        AccountBinding binding = new AccountBinding();
        binding.issuer = Objects.requireNonNull(issuer, "issuer");
        binding.subject = Objects.requireNonNull(subject, "subject");
        binding.personId = Objects.requireNonNull(personId, "personId");
        binding.suggestedAt = Objects.requireNonNull(at, "at");
        binding.state = BindingState.PENDING;
        return binding;
    }

    /**
     * A binding made by redeeming an invite code: confirmed at once, decided by whoever issued the code
     * (they handed it to the person in question).
     */
    public static AccountBinding byInvitation(String issuer, String subject, Long personId, Instant at,
                                              String vouchedByIssuer, String vouchedBySubject) {
        AccountBinding binding = suggest(issuer, subject, personId, at);
        binding.state = BindingState.CONFIRMED;
        binding.decidedAt = at;
        binding.decidedByIssuer = Objects.requireNonNull(vouchedByIssuer, "vouchedByIssuer");
        binding.decidedBySubject = Objects.requireNonNull(vouchedBySubject, "vouchedBySubject");
        return binding;
    }

    public void confirm(Actor by, Instant at) {
        decide(BindingState.CONFIRMED, by, at);
    }

    public void reject(Actor by, Instant at) {
        decide(BindingState.REJECTED, by, at);
    }

    private void decide(BindingState decision, Actor by, Instant at) {
        if (state != BindingState.PENDING) {
            throw new ConflictException(null, ALREADY_DECIDED);
        }
        state = decision;
        decidedAt = Objects.requireNonNull(at, "at");
        decidedByIssuer = by.issuer();
        decidedBySubject = by.subject();
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

    public Long personId() {
        return personId;
    }

    public BindingState state() {
        return state;
    }

    public Instant suggestedAt() {
        return suggestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBySubject() {
        return decidedBySubject;
    }
}
