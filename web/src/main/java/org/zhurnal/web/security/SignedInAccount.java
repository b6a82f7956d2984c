package org.zhurnal.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * The account a session is signed in with, as read from the identity provider's claims.
 * {@code confirmed} is the state portal's "trusted" flag: only confirmed accounts may act.
 * {@code snils} is the state portal's SNILS ("" when absent) and {@code kidsSnils} the SNILS of the account's
 * children in the state portal: personal data, so {@link #toString()} hides them.
 */
public record SignedInAccount(String issuer, String subject, PersonName name, Set<String> roleCodes,
                              boolean confirmed, String snils, List<String> kidsSnils) {

    public SignedInAccount {
        roleCodes = Set.copyOf(roleCodes);
        snils = snils == null ? "" : snils;
        kidsSnils = kidsSnils == null ? List.of() : List.copyOf(kidsSnils);
    }

    public SignedInAccount(String issuer, String subject, PersonName name, Set<String> roleCodes, boolean confirmed,
                           String snils) {
        this(issuer, subject, name, roleCodes, confirmed, snils, List.of());
    }

    public SignedInAccount(String issuer, String subject, PersonName name, Set<String> roleCodes, boolean confirmed) {
        this(issuer, subject, name, roleCodes, confirmed, "", List.of());
    }

    public Actor toActor() {
        Set<Role> roles = roleCodes.stream()
                .map(Role::fromCode)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(issuer, subject, name, roles);
    }

    /** A stable, non-reversible tag for logs: never the subject, name or any personal data itself. */
    public String pseudonym() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + pseudonym() + "]";
    }
}
