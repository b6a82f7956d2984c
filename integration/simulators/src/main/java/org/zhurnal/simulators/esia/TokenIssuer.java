package org.zhurnal.simulators.esia;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Signs ID and access tokens (RS256) with a key pair generated at start, and checks access tokens. */
final class TokenIssuer {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    /** Signed tokens of one successful exchange. */
    record Tokens(String accessToken, String idToken, long expiresIn) {
    }

    private final RSAKey key;
    private final RSASSASigner signer;
    private final RSASSAVerifier verifier;
    private final Clock clock;
    private final String issuer;

    TokenIssuer(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            this.signer = new RSASSASigner(key);
            this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the signing key", e);
        }
    }

    /** The public key set served at {@code /jwks}. */
    String jwksJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    Tokens issue(AuthorizationCodes.Grant grant, EsiaPerson person) {
        Instant now = clock.instant();
        Date issuedAt = Date.from(now);
        Date expiry = Date.from(now.plus(TOKEN_LIFETIME));
        String subject = String.valueOf(person.oid());

        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(grant.clientId()).issueTime(issuedAt).expirationTime(expiry)
                .claim("auth_time", now.getEpochSecond());
        if (grant.nonce() != null) {
            id.claim("nonce", grant.nonce());
        }
        for (Map.Entry<String, Object> claim : person.oidcClaims().entrySet()) {
            id.claim(claim.getKey(), claim.getValue());
        }
        JWTClaimsSet access = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subject).audience(grant.clientId())
                .issueTime(issuedAt).expirationTime(expiry).jwtID(UUID.randomUUID().toString())
                .claim("client_id", grant.clientId())
                .claim("scope", grant.scope() == null ? "openid" : grant.scope())
                .build();
        return new Tokens(sign(access, ACCESS_TOKEN_TYPE), sign(id.build(), JOSEObjectType.JWT),
                TOKEN_LIFETIME.toSeconds());
    }

    /** The oid of a valid, unexpired access token issued here; ID tokens are not accepted. */
    Optional<Long> verifyAccessToken(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            if (!issuer.equals(claims.getIssuer()) || exp == null || !clock.instant().isBefore(exp.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(claims.getSubject()));
        } catch (ParseException | JOSEException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(JWTClaimsSet claims, JOSEObjectType type) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
