package org.zhurnal.esia.keycloak;

import java.time.Instant;
import java.util.Map;

/**
 * Claim checks on a signature-verified ESIA access token: not expired, not before its {@code nbf}, issued to
 * this client ({@code client_id}), by the expected issuer when one is configured; yields the subject's oid
 * ({@code urn:esia:sbj_id}).
 */
public final class EsiaTokenCheck {

    private EsiaTokenCheck() {
    }

    public static String subjectOid(Map<String, Object> claims, String clientId, String expectedIssuer, Instant now,
                                    long skewSeconds) {
        long time = now.getEpochSecond();
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + skewSeconds <= time) {
            throw new IllegalArgumentException("the ESIA access token is expired or has no exp");
        }
        if (claims.get("nbf") instanceof Number nbf && nbf.longValue() - skewSeconds > time) {
            throw new IllegalArgumentException("the ESIA access token is not valid yet");
        }
        if (!clientId.equals(claims.get("client_id"))) {
            throw new IllegalArgumentException("the ESIA access token was issued to another client");
        }
        if (expectedIssuer != null && !expectedIssuer.equals(claims.get("iss"))) {
            throw new IllegalArgumentException("the ESIA access token has an unexpected issuer");
        }
        Object oid = claims.get("urn:esia:sbj_id");
        if (!(oid instanceof Number) && !(oid instanceof String s && s.matches("\\d{1,18}"))) {
            throw new IllegalArgumentException("the ESIA access token names no subject (urn:esia:sbj_id)");
        }
        return String.valueOf(oid);
    }
}
