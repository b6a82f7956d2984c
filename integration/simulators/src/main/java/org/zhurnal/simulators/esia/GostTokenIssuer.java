package org.zhurnal.simulators.esia;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.zhurnal.esia.protocol.EsiaJwt;
import org.zhurnal.esia.protocol.GostKeys;
import org.zhurnal.esia.protocol.SignatureMode;

/**
 * ESIA-shaped tokens of the v3/te exchange, signed {@value EsiaJwt#GOST} with the simulator's own GOST key
 * (generated at start; its certificate is what relying parties configure as ESIA's). Signature bytes in
 * {@link #SIGNATURE_ORDER}. The access token carries {@code urn:esia:sbj_id} (the oid), {@code client_id} and
 * the granted {@code scope}; the ID token {@code sub} and {@code urn:esia:sbj} with {@code is_tru}.
 */
final class GostTokenIssuer {

    static final SignatureMode SIGNATURE_ORDER = SignatureMode.RAW;
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    record Tokens(String accessToken, String idToken, long expiresIn) {
    }

    /** A deliberate flaw in the following tokens, for tests that relying parties refuse them. */
    enum Flaw {
        /** Genuine tokens. */
        NONE,
        /** Expired an hour ago (far beyond any clock skew). */
        EXPIRED,
        /** Issued to another system: {@code client_id} and {@code aud} name {@value #OTHER_CLIENT}. */
        WRONG_AUDIENCE,
        /** A genuine access token, but an ID token addressed ({@code aud}) to {@value #OTHER_CLIENT}. */
        WRONG_ID_AUDIENCE;

        static final String OTHER_CLIENT = "another-system";
    }

    private final GostKeys.Credentials credentials = GostKeys.generate("ESIA simulator", Duration.ofDays(365));
    /** A key nobody trusts, for tests that relying parties refuse forged tokens ({@link #signWithForeignKey}). */
    private final GostKeys.Credentials foreign = GostKeys.generate("not ESIA", Duration.ofDays(1));
    private volatile boolean forge;
    private volatile Flaw flaw = Flaw.NONE;
    private final String issuer;
    private final Clock clock;

    GostTokenIssuer(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    String certificatePem() {
        return credentials.certificatePem();
    }

    /** From now on tokens are signed with an untrusted key ({@code true}) or the simulator's own ({@code false}). */
    void signWithForeignKey(boolean forge) {
        this.forge = forge;
    }

    /** From now on tokens carry this flaw ({@link Flaw#NONE}: genuine again). */
    void withFlaw(Flaw next) {
        this.flaw = next;
    }

    Tokens issue(String requestingClient, String scope, EsiaPerson person) {
        Flaw current = flaw;
        Instant now = current == Flaw.EXPIRED ? clock.instant().minus(TOKEN_LIFETIME.multipliedBy(2)) : clock.instant();
        String clientId = current == Flaw.WRONG_AUDIENCE ? Flaw.OTHER_CLIENT : requestingClient;
        long iat = now.getEpochSecond();
        long exp = now.plus(TOKEN_LIFETIME).getEpochSecond();

        Map<String, Object> access = new LinkedHashMap<>();
        access.put("nbf", iat);
        access.put("scope", scopeWithOid(scope, person.oid()));
        access.put("iss", issuer);
        access.put("urn:esia:sid", UUID.randomUUID().toString());
        access.put("urn:esia:sbj_id", person.oid());
        access.put("exp", exp);
        access.put("iat", iat);
        access.put("client_id", clientId);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("urn:esia:sbj:typ", "P");
        subject.put("urn:esia:sbj:is_tru", person.trusted());
        subject.put("urn:esia:sbj:oid", person.oid());
        subject.put("urn:esia:sbj:nam", "OID." + person.oid());
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("aud", current == Flaw.WRONG_ID_AUDIENCE ? Flaw.OTHER_CLIENT : clientId);
        id.put("sub", person.oid());
        id.put("nbf", iat);
        id.put("amr", "PWD");
        id.put("urn:esia:amd", "PWD");
        id.put("auth_time", iat);
        id.put("iss", issuer);
        id.put("exp", exp);
        id.put("iat", iat);
        id.put("urn:esia:sbj", subject);
        return new Tokens(sign("access", access), sign("id", id), TOKEN_LIFETIME.toSeconds());
    }

    /** An access token's person and the scopes it was granted (without their {@code ?oid=} binding). */
    record Access(long oid, Set<String> scopes) {
    }

    /** The person and scopes of a valid, unexpired access token signed here. */
    Optional<Access> verifyAccessToken(String token) {
        return EsiaJwt.verify(token, List.of(credentials.certificate()), SIGNATURE_ORDER, GostTokenIssuer::parse)
                .filter(t -> "access".equals(t.header().get("sbt")))
                .map(EsiaJwt.Verified::claims)
                .filter(c -> issuer.equals(c.get("iss")))
                .filter(c -> c.get("exp") instanceof Number n && clock.instant().getEpochSecond() < n.longValue())
                .filter(c -> c.get("urn:esia:sbj_id") instanceof Number)
                .map(c -> new Access(((Number) c.get("urn:esia:sbj_id")).longValue(), scopes(c.get("scope"))));
    }

    private static Set<String> scopes(Object granted) {
        if (!(granted instanceof String text) || text.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(text.trim().split("\\s+")).map(s -> s.replaceFirst("\\?.*$", ""))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private String sign(String type, Map<String, Object> claims) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", EsiaJwt.GOST);
        header.put("typ", "JWT");
        header.put("sbt", type);
        header.put("ver", 1);
        return EsiaJwt.signGost(JSONObjectUtils.toJSONString(header), JSONObjectUtils.toJSONString(claims),
                (forge ? foreign : credentials).keyPair().getPrivate(), SIGNATURE_ORDER);
    }

    /** ESIA binds each granted scope to the subject: {@code "fullname?oid=1000003 snils?oid=1000003"}. */
    private static String scopeWithOid(String scope, long oid) {
        StringBuilder sb = new StringBuilder();
        for (String s : scope.trim().split("\\s+")) {
            sb.append(sb.length() == 0 ? "" : " ").append(s).append("?oid=").append(oid);
        }
        return sb.toString();
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }
}
