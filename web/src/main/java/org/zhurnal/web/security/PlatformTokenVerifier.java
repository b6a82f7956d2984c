package org.zhurnal.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a machine client's bearer access token issued by Keycloak: the signature against the realm's keys (RS256,
 * PS256 or ES256), the issuer, the expiry (a minute of clock skew), the audience and that it is an access token
 * ({@code typ: Bearer}) — any failure is {@code 401}; then the client ({@code azp}) must be one of the allowed ones
 * and hold the role on the audience client ({@code resource_access.<audience>.roles}) — else {@code 403}.
 * No session, no cookie: the token is the only credential.
 */
public final class PlatformTokenVerifier {

    /** A client whose token was accepted. */
    public record PlatformClient(String issuer, String clientId) {
    }

    /** A refused token: {@code status} 401 (not a valid token for us) or 403 (valid, but not allowed). */
    public static final class Refused extends RuntimeException {

        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String issuer;
    private final String audience;
    private final Set<String> clients;
    private final String role;

    public PlatformTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, Set<String> clients,
                                 String role) {
        this.issuer = issuer;
        this.audience = audience;
        this.clients = Set.copyOf(clients);
        this.role = role;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), keys));
        // Nimbus asks these sets about null: they must be null-tolerant (not Set.of).
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(List.of(audience)),
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                new HashSet<>(List.of("exp", "iat", "azp")), new HashSet<>()));
    }

    /** The client of a valid token carried in an {@code Authorization} header value. */
    public PlatformClient verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Refused(401, "Нужен маркер доступа: заголовок Authorization: Bearer <access token>");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(authorization.substring(7).strip(), null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(401, "Маркер доступа недействителен (подпись, издатель, срок или получатель)");
        }
        String client = (String) claims.getClaim("azp");
        if (!clients.contains(client)) {
            throw new Refused(403, "Этой системе не разрешено получать расписание обучающихся");
        }
        if (!hasRole(claims.getClaim("resource_access"))) {
            throw new Refused(403, "У системы нет роли " + role + " для " + audience);
        }
        return new PlatformClient(issuer, client);
    }

    private boolean hasRole(Object resourceAccess) {
        return resourceAccess instanceof Map<?, ?> access && access.get(audience) instanceof Map<?, ?> own
                && own.get("roles") instanceof Collection<?> roles && roles.contains(role);
    }
}
