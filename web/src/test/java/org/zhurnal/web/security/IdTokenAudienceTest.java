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
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.profile.creator.TokenValidator;

/**
 * The app's OIDC settings ({@link SecurityConfig#oidcConfiguration}) with the ID token validator they give pac4j,
 * against a provider whose discovery document and keys are served here: a token for another client ({@code aud}), or authorised for another party
 * ({@code azp}), is refused; Keycloak's genuine shape is accepted.
 */
class IdTokenAudienceTest {

    private static final String CLIENT = "zhurnal-web";
    private static final String ISSUER = "http://localhost:28180/realms/zhurnal";

    private RSAKey key;
    private HttpServer keys;
    private TokenValidator validator;

    @BeforeEach
    void provider() throws JOSEException, IOException {
        key = new RSAKeyGenerator(2048).keyID("kc-1").generate();
        keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + keys.getAddress().getPort();
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(ISSUER), List.of(SubjectType.PUBLIC),
                URI.create(base + "/certs"));
        metadata.setIDTokenJWSAlgs(new ArrayList<>(List.of(JWSAlgorithm.RS256)));
        metadata.setAuthorizationEndpointURI(URI.create(base + "/auth"));
        metadata.setTokenEndpointURI(URI.create(base + "/token"));
        serve("/certs", new JWKSet(key.toPublicJWK()).toString());
        serve("/.well-known/openid-configuration", metadata.toJSONObject().toJSONString());
        keys.start();
        OidcConfiguration configuration = SecurityConfig.oidcConfiguration(base + "/.well-known/openid-configuration",
                CLIENT, "secret", "esia");
        configuration.init();
        validator = configuration.getOpMetadataResolver().getTokenValidator();
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        keys.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @AfterEach
    void stop() {
        keys.stop(0);
    }

    @Test
    void keycloaksTokenForThisClientIsAccepted() throws Exception {
        assertThat(validator.validateIdToken(token(List.of(CLIENT), CLIENT), NONCE).getSubject().getValue())
                .isEqualTo("kc-subject-1");
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertThatThrownBy(() -> validator.validateIdToken(token(List.of("another-client"), "another-client"), NONCE))
                .isInstanceOf(BadJOSEException.class).hasMessageContaining("audience");
    }

    @Test
    void aTokenAuthorisedForAnotherPartyIsRefusedEvenWhenItNamesUsAmongItsAudiences() {
        assertThatThrownBy(() -> validator.validateIdToken(token(List.of(CLIENT), "another-client"), NONCE))
                .isInstanceOf(BadJOSEException.class).hasMessageContaining("azp");
        assertThatThrownBy(() -> validator.validateIdToken(token(List.of(CLIENT, "another-client"), "another-client"),
                NONCE)).isInstanceOf(BadJOSEException.class).hasMessageContaining("azp");
    }

    private static final Nonce NONCE = new Nonce("n-0S6_WzA2Mj");

    private SignedJWT token(List<String> audience, String authorisedParty) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject("kc-subject-1").audience(audience).claim("azp", authorisedParty)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", NONCE.getValue())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }
}
