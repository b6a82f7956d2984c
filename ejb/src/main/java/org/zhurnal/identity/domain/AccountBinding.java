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
import org.zhurnal.shared.security.Actor;

/**
 * A sign-in account (issuer + subject) bound to a person card. Suggested when the state portal's SNILS
 * matches a staff member's card; it counts only once a person confirms it. Decisions are final.
 */
@Entity
@Table(name = "account_binding")
public class AccountBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Embedded
    private Suggestion review;

    protected AccountBinding() {
        // for JPA
    }

    /** A pending suggestion to bind the account to the person card. */
    public static AccountBinding suggest(String issuer, String subject, Long personId, Instant at) {
        AccountBinding binding = new AccountBinding();
        binding.issuer = Objects.requireNonNull(issuer, "issuer");
        binding.subject = Objects.requireNonNull(subject, "subject");
        binding.personId = Objects.requireNonNull(personId, "personId");
        binding.review = Suggestion.pending(at);
        return binding;
    }

    /**
     * A binding made by redeeming an invite code: confirmed at once, decided by whoever issued the code
     * (they handed it to the person in question).
     */
    public static AccountBinding byInvitation(String issuer, String subject, Long personId, Instant at,
                                              String vouchedByIssuer, String vouchedBySubject) {
        AccountBinding binding = suggest(issuer, subject, personId, at);
        binding.review = Suggestion.vouched(at, vouchedByIssuer, vouchedBySubject);
        return binding;
    }

    public void confirm(Actor by, Instant at) {
        review.decide(BindingState.CONFIRMED, by, at, null);
    }

    public void reject(Actor by, Instant at) {
        review.decide(BindingState.REJECTED, by, at, null);
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
        return review.state();
    }

    public Instant suggestedAt() {
        return review.suggestedAt();
    }

    public Instant decidedAt() {
        return review.decidedAt();
    }

    public String decidedBySubject() {
        return review.decidedBySubject();
    }
}
