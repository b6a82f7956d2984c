package org.zhurnal.shared.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the signed-in account as the application sees it, independent of how it signed in.
 * Accounts are keyed by the identity provider's issuer and subject, never by name or e-mail.
 * {@code personId} is the person card the account is bound to (a confirmed binding), or {@code null}.
 * Services receive an {@code Actor} and check it against the object they touch.
 */
public record Actor(String issuer, String subject, PersonName name, Set<Role> roles, Long personId) {

    public Actor {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /** An actor not (yet) bound to a person card. */
    public Actor(String issuer, String subject, PersonName name, Set<Role> roles) {
        this(issuer, subject, name, roles, null);
    }

    /** The same account, bound to this person card. */
    public Actor boundTo(Long person) {
        return new Actor(issuer, subject, name, roles, person);
    }

    /** The person card of a confirmed binding, if there is one. */
    public Optional<Long> boundPerson() {
        return Optional.ofNullable(personId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
