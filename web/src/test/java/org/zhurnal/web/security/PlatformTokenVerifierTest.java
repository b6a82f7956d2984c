package org.zhurnal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlatformTokenVerifierTest {

    private static final String ISSUER = "http://localhost:28180/realms/zhurnal";
    private static final RSAKey REALM_KEY = key("realm");
    private static final RSAKey OTHER_KEY = key("realm");

    private final PlatformTokenVerifier verifier = new PlatformTokenVerifier(
            new ImmutableJWKSet<>(new JWKSet(REALM_KEY.toPublicJWK())), ISSUER, "zhurnal-myschool",
            Set.of("myschool-platform"), "schedule-read");

    @Test
    void theAllowedClientWithTheRoleIsAccepted() {
        assertThat(verifier.verify("Bearer " + token(REALM_KEY, c -> c)))
                .isEqualTo(new PlatformTokenVerifier.PlatformClient(ISSUER, "myschool-platform"));
        assertThat(verifier.verify("bearer " + token(REALM_KEY, c -> c)).clientId()).isEqualTo("myschool-platform");
    }

    @Test
    void noTokenOrNotABearerIs401() {
        refused(null, 401);
        refused("", 401);
        refused("Basic bXlzY2hvb2w6c2VjcmV0", 401);
        refused("Bearer not-a-jwt", 401);
    }

    @Test
    void aForgedExpiredOrForeignTokenIs401() {
        refused("Bearer " + token(OTHER_KEY, c -> c), 401);
        refused("Bearer " + token(REALM_KEY, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120)))), 401);
        refused("Bearer " + token(REALM_KEY, c -> c.issuer("http://evil.example/realms/zhurnal")), 401);
        refused("Bearer " + token(REALM_KEY, c -> c.audience("account")), 401);
        refused("Bearer " + token(REALM_KEY, c -> c.claim("typ", "ID")), 401);
        String valid = token(REALM_KEY, c -> c);
        String[] parts = valid.split("\\.");
        refused("Bearer " + parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2], 401);
    }

    @Test
    void anotherClientOrNoRoleIs403() {
        refused("Bearer " + token(REALM_KEY, c -> c.claim("azp", "demo-other-system")), 403);
        refused("Bearer " + token(REALM_KEY, c -> c.claim("resource_access", Map.of())), 403);
        refused("Bearer " + token(REALM_KEY, c -> c.claim("resource_access",
                Map.of("zhurnal-myschool", Map.of("roles", List.of("other")),
                        "myschool-platform", Map.of("roles", List.of("schedule-read"))))), 403);
    }

    private void refused(String authorization, int status) {
        assertThatThrownBy(() -> verifier.verify(authorization))
                .isInstanceOfSatisfying(PlatformTokenVerifier.Refused.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("service-account")
                .audience("zhurnal-myschool").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("typ", "Bearer").claim("azp", "myschool-platform")
                .claim("resource_access", Map.of("zhurnal-myschool", Map.of("roles", List.of("schedule-read"))));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    change.apply(claims).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
