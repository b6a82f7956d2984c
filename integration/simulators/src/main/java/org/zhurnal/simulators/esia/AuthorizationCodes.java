package org.zhurnal.simulators.esia;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One-time authorization codes with a short lifetime. */
final class AuthorizationCodes {

    /** What the code was issued for; checked again at the token endpoint. */
    record Grant(String clientId, String redirectUri, String scope, long oid, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    AuthorizationCodes(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Stores a grant and returns its new random code. */
    String issue(String clientId, String redirectUri, String scope, long oid) {
        purgeExpired();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(code, new Grant(clientId, redirectUri, scope, oid,
                clock.instant().plus(lifetime)));
        return code;
    }

    /** Removes the code and returns its grant if it existed and has not expired; a code works once. */
    Optional<Grant> redeem(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Grant grant = grants.remove(code);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        grants.values().removeIf(g -> !now.isBefore(g.expiresAt()));
    }
}
