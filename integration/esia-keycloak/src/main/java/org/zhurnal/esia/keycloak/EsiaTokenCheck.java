package org.zhurnal.esia.keycloak;

import java.time.Instant;
import java.util.Map;

/**
 * Claim checks on a signature-verified ESIA access token: not expired, not before its {@code nbf}, issued to
 * this client ({@code client_id}), by the expected issuer when one is configured; yields the subject's oid
 * ({@code urn:esia:sbj_id}).
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

    public static String subjectOid(Map<String, Object> claims, String clientId, String expectedIssuer, Instant now,
                                    long skewSeconds) {
        long time = now.getEpochSecond();
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + skewSeconds <= time) {
            throw new Refusal("the ESIA access token is expired or has no exp", EXPIRED);
        }
        if (claims.get("nbf") instanceof Number nbf && nbf.longValue() - skewSeconds > time) {
            throw new Refusal("the ESIA access token is not valid yet", NOT_YET_VALID);
        }
        if (!clientId.equals(claims.get("client_id"))) {
            throw new Refusal("the ESIA access token was issued to another client", OTHER_CLIENT);
        }
        if (expectedIssuer != null && !expectedIssuer.equals(claims.get("iss"))) {
            throw new Refusal("the ESIA access token has an unexpected issuer", OTHER_ISSUER);
        }
        Object oid = claims.get("urn:esia:sbj_id");
        if (!(oid instanceof Number) && !(oid instanceof String s && s.matches("\\d{1,18}"))) {
            throw new Refusal("the ESIA access token names no subject (urn:esia:sbj_id)", NO_SUBJECT);
        }
        return String.valueOf(oid);
    }
}
