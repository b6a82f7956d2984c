package org.zhurnal.esia.keycloak;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Claim checks on signature-verified ESIA tokens. The access token: not expired, not before its {@code nbf}, issued
 * to this client ({@code client_id}), by the expected issuer when one is configured; yields the subject's oid
 * ({@code urn:esia:sbj_id}). The ID token: the same times and issuer, addressed to this client ({@code aud}), about
 * the same person.
 */
public final class EsiaTokenCheck {

    /** What the person is shown (Keycloak's error page) for each refusal; the English message goes to the log. */
    static final String EXPIRED = "Ответ Госуслуг устарел: срок его действия истёк. Войдите ещё раз.";
    static final String NOT_YET_VALID = "Ответ Госуслуг ещё не действителен. Попробуйте войти через несколько минут.";
    static final String OTHER_CLIENT = "Ответ Госуслуг выдан для другой системы. Вход отклонён.";
    static final String OTHER_ISSUER = "Ответ пришёл не от Госуслуг. Вход отклонён.";
    static final String NO_SUBJECT = "Госуслуги не сообщили, кто входит. Вход отклонён.";

    /** A refused token: {@link #getMessage()} for the log, {@link #userMessage()} for the person. */
    public static final class Refusal extends IllegalArgumentException {

        private final String userMessage;

        Refusal(String message, String userMessage) {
            super(message);
            this.userMessage = userMessage;
        }

        public String userMessage() {
            return userMessage;
        }
    }

    private EsiaTokenCheck() {
    }

    /** The subject's oid from the access token, once its claims are valid for this client. */
    public static String subjectOid(Map<String, Object> claims, String clientId, String expectedIssuer, Instant now,
                                    long skewSeconds) {
        current(claims, "access", now, skewSeconds);
        if (!clientId.equals(claims.get("client_id"))) {
            throw new Refusal("the ESIA access token was issued to another client", OTHER_CLIENT);
        }
        issuedBy(claims, "access", expectedIssuer);
        Object oid = claims.get("urn:esia:sbj_id");
        if (!(oid instanceof Number) && !(oid instanceof String s && s.matches("\\d{1,18}"))) {
            throw new Refusal("the ESIA access token names no subject (urn:esia:sbj_id)", NO_SUBJECT);
        }
        return String.valueOf(oid);
    }

    /**
     * Claim checks on a signature-verified ESIA ID token: not expired, not before its {@code nbf}, addressed to this
     * client ({@code aud}, a string or a list), by the expected issuer when one is configured, and about the person
     * the access token names ({@code sub} = {@code oid}).
     */
    public static void idToken(Map<String, Object> claims, String clientId, String expectedIssuer, String oid,
                               Instant now, long skewSeconds) {
        current(claims, "ID", now, skewSeconds);
        Object audience = claims.get("aud");
        boolean ours = clientId.equals(audience) || audience instanceof List<?> list && list.contains(clientId);
        if (!ours) {
            throw new Refusal("the ESIA ID token is addressed to another client (aud)", OTHER_CLIENT);
        }
        issuedBy(claims, "ID", expectedIssuer);
        Object subject = claims.get("sub");
        if (subject == null || !oid.equals(String.valueOf(subject))) {
            throw new Refusal("the ESIA ID token is about another subject than the access token", NO_SUBJECT);
        }
    }

    private static void current(Map<String, Object> claims, String token, Instant now, long skewSeconds) {
        long time = now.getEpochSecond();
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + skewSeconds <= time) {
            throw new Refusal("the ESIA " + token + " token is expired or has no exp", EXPIRED);
        }
        if (claims.get("nbf") instanceof Number nbf && nbf.longValue() - skewSeconds > time) {
            throw new Refusal("the ESIA " + token + " token is not valid yet", NOT_YET_VALID);
        }
    }

    private static void issuedBy(Map<String, Object> claims, String token, String expectedIssuer) {
        if (expectedIssuer != null && !expectedIssuer.equals(claims.get("iss"))) {
            throw new Refusal("the ESIA " + token + " token has an unexpected issuer", OTHER_ISSUER);
        }
    }
}
