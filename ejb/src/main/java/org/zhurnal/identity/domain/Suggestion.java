package org.zhurnal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.Actor;

/**
 * Where a suggestion made at sign-in stands — an account's binding to a person card, an account's link to a child
 * as legal representative: pending from when it was suggested until a person decides it, then confirmed or refused
 * for good, with who decided and when. Both tables keep it in the same columns.
 */
@Embeddable
public class Suggestion {

    static final String ALREADY_DECIDED = "Это предложение уже рассмотрено";

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private BindingState state;

    @Column(name = "suggested_at", nullable = false)
    private Instant suggestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_issuer")
    private String decidedByIssuer;

    @Column(name = "decided_by_subject")
    private String decidedBySubject;

    protected Suggestion() {
        // for JPA
    }

    static Suggestion pending(Instant at) {
        Suggestion suggestion = new Suggestion();
        suggestion.state = BindingState.PENDING;
        suggestion.suggestedAt = Objects.requireNonNull(at, "at");
        return suggestion;
    }

    /** Confirmed as it is made, by whoever vouches for it (the issuer of a redeemed invite code). */
    static Suggestion vouched(Instant at, String byIssuer, String bySubject) {
        Suggestion suggestion = pending(at);
        suggestion.state = BindingState.CONFIRMED;
        suggestion.decidedAt = at;
        suggestion.decidedByIssuer = Objects.requireNonNull(byIssuer, "byIssuer");
        suggestion.decidedBySubject = Objects.requireNonNull(bySubject, "bySubject");
        return suggestion;
    }

    /** Refuses (409, naming {@code field}) a suggestion that was decided already. */
    void requirePending(String field) {
        if (state != BindingState.PENDING) {
            throw new ConflictException(field, ALREADY_DECIDED);
        }
    }

    /** Confirms or refuses a pending suggestion; refuses (409, naming {@code field}) one decided already. */
    void decide(BindingState decision, Actor by, Instant at, String field) {
        requirePending(field);
        state = decision;
        decidedAt = Objects.requireNonNull(at, "at");
        decidedByIssuer = by.issuer();
        decidedBySubject = by.subject();
    }

    BindingState state() {
        return state;
    }

    Instant suggestedAt() {
        return suggestedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decidedBySubject() {
        return decidedBySubject;
    }
}
