package org.zhurnal.shared.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the signed-in account as the application sees it, independent of how it signed in.
 * Accounts are keyed by the identity provider's issuer and subject, never by name or e-mail.
 * Services receive an {@code Actor} and check it against the object they touch.
 */
public record Actor(String issuer, String subject, PersonName name, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
