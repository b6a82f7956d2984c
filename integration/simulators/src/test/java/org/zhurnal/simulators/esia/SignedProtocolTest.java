package org.zhurnal.simulators.esia;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhurnal.esia.protocol.ClientSecret;
import org.zhurnal.esia.protocol.EsiaJwt;
import org.zhurnal.esia.protocol.GostKeys;
import org.zhurnal.esia.protocol.Pem;
import org.zhurnal.esia.protocol.SignatureMode;
import org.zhurnal.esia.protocol.Streebog;

/** ESIA's signed protocol (v2/ac + v3/te) against a running simulator with a registered GOST client certificate. */
class SignedProtocolTest {

    private static final GostKeys.Credentials CLIENT = EsiaTestClient.CLIENT;
    private static final GostKeys.Credentials STRANGER = GostKeys.generate("stranger", Duration.ofDays(1));
    private static final String SCOPE = EsiaTestClient.SCOPE;

    private static EsiaSimulator simulator;
    private static EsiaSimulator strictSimulator;

    @BeforeAll
    static void start() {
        EsiaSimulatorConfig config = EsiaTestClient.config();
        simulator = EsiaSimulator.start(config);
        strictSimulator = EsiaSimulator.start(config.withConfirmedAccountsOnly(true));
    }

    @AfterAll
    static void stop() {
        simulator.close();
        strictSimulator.close();
    }

    private final EsiaTestClient client = new EsiaTestClient(simulator.baseUrl());

    @Test
    void signedSignInGivesGostTokensThatOpenThePersonApi() throws Exception {
        long verifiedBefore = counter("tokensVerified");
        for (SignatureMode mode : SignatureMode.values()) {
            Map<String, Object> tokens = JSONObjectUtils.parse(client.exchange(client.code(1000004, mode), mode, CLIENT).body());
            String accessToken = (String) tokens.get("access_token");

            var verified = EsiaJwt.verify(accessToken, Pem.certificates(simulator.esiaCertificatePem()),
                    GostTokenIssuer.SIGNATURE_ORDER, GostTokenIssuer::parse).orElseThrow();
            assertThat(verified.header()).containsEntry("alg", "GOST3410_2012_256").containsEntry("sbt", "access");
            assertThat(verified.claims()).containsEntry("urn:esia:sbj_id", 1000004L)
                    .containsEntry("client_id", EsiaTestClient.CLIENT_ID);
            assertThat(EsiaJwt.verify((String) tokens.get("id_token"), Pem.certificates(simulator.esiaCertificatePem()),
                    GostTokenIssuer.SIGNATURE_ORDER, GostTokenIssuer::parse)).isPresent();

            assertThat(JSONObjectUtils.parse(client.get("/rs/prns/1000004", accessToken).body()))
                    .containsEntry("snils", "456-789-012 38").containsEntry("trusted", true);
            assertThat(client.get("/rs/prns/1000004/kids", accessToken).body()).contains("567-890-123 43");
            assertThat(client.get("/rs/prns/1000004/ctts", accessToken).statusCode()).isEqualTo(200);
            assertThat(client.get("/rs/prns/1000005", accessToken).statusCode()).isEqualTo(403);
        }
        assertThat(counter("tokensVerified")).isEqualTo(verifiedBefore + SignatureMode.values().length);
    }

    @Test
    void pickerListsEveryPersonAndCarriesOnlyAnOpaqueRequest() {
        Map<String, String> query = EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        HttpResponse<String> page = client.authorize(query);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Госуслуги — симулятор ЕСИА</title>")
                .contains("value=\"1000003\" aria-describedby=\"hint-1000003\">Иванова Мария Петровна</button>\n"
                        + "<span class=\"hint\" id=\"hint-1000003\">учитель, классный руководитель</span>")
                .contains(">Лебедев Олег Дмитриевич</button>")
                .contains(">учётная запись не подтверждена</span>")
                .doesNotContain(query.get("client_secret"));
        assertThat(page.body().split("<form method=\"post\">", -1)).hasSize(PersonDirectory.loadDefault().all().size() + 1);
        assertThat(EsiaTestClient.hiddenFields(page.body())).containsOnlyKeys("request");

        Map<String, String> redirect = client.pick(page, 1000003);
        assertThat(redirect).containsEntry("state", query.get("state")).containsKey("code");
        assertThat(client.post(SignedAuthorizeEndpoint.PATH, Map.of("request", EsiaTestClient.hiddenFields(page.body())
                .get("request"), "oid", "1000003"), null).statusCode()).as("a request is picked once").isEqualTo(400);
    }

    @Test
    void unknownClientOrRedirectUriGetsAnErrorPageNotARedirect() {
        Map<String, String> unknownClient = EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        unknownClient.put("client_id", "other");
        Map<String, String> lookalike = EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        lookalike.put("redirect_uri", EsiaTestClient.REDIRECT + ".evil.example");

        HttpResponse<String> first = client.authorize(unknownClient);
        HttpResponse<String> second = client.authorize(lookalike);
        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("ESIA-007023");
        assertThat(second.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void forgedTokensCanBeSwitchedOnForRelyingPartyTests() throws Exception {
        EsiaSimulator forger = EsiaSimulator.start(EsiaTestClient.config());
        try {
            EsiaTestClient on = new EsiaTestClient(forger.baseUrl());
            assertThat(on.post(ProtocolLog.TOKEN_KEY_PATH, Map.of("key", "foreign"), null).statusCode()).isEqualTo(200);
            String forged = (String) on.tokens(1000003).get("access_token");
            assertThat(EsiaJwt.verify(forged, Pem.certificates(forger.esiaCertificatePem()),
                    GostTokenIssuer.SIGNATURE_ORDER, GostTokenIssuer::parse)).isEmpty();
            assertThat(on.get("/rs/prns/1000003", forged).statusCode()).isEqualTo(401);

            on.post(ProtocolLog.TOKEN_KEY_PATH, Map.of("key", "own"), null);
            String genuine = (String) on.tokens(1000003).get("access_token");
            assertThat(EsiaJwt.verify(genuine, Pem.certificates(forger.esiaCertificatePem()),
                    GostTokenIssuer.SIGNATURE_ORDER, GostTokenIssuer::parse)).isPresent();
            assertThat(on.post(ProtocolLog.TOKEN_KEY_PATH, Map.of("key", "x"), null).statusCode()).isEqualTo(400);
        } finally {
            forger.close();
        }
    }

    @Test
    void expiredAndMisaddressedTokensCanBeSwitchedOnForRelyingPartyTests() throws Exception {
        EsiaSimulator flawed = EsiaSimulator.start(EsiaTestClient.config());
        try {
            EsiaTestClient on = new EsiaTestClient(flawed.baseUrl());
            long now = Instant.now().getEpochSecond();
            assertThat(on.post(ProtocolLog.TOKEN_FLAW_PATH, Map.of("flaw", "expired"), null).statusCode()).isEqualTo(200);
            Map<String, Object> expired = claims(flawed, (String) on.tokens(1000003).get("access_token"));
            assertThat(((Number) expired.get("exp")).longValue()).isLessThan(now - 1800);
            assertThat(expired.get("client_id")).isEqualTo(EsiaTestClient.config().clientId());

            on.post(ProtocolLog.TOKEN_FLAW_PATH, Map.of("flaw", "wrong-audience"), null);
            Map<String, Object> tokens = on.tokens(1000003);
            assertThat(claims(flawed, (String) tokens.get("access_token"))).containsEntry("client_id", "another-system");
            assertThat(claims(flawed, (String) tokens.get("id_token"))).containsEntry("aud", "another-system");

            on.post(ProtocolLog.TOKEN_FLAW_PATH, Map.of("flaw", "none"), null);
            Map<String, Object> genuine = claims(flawed, (String) on.tokens(1000003).get("access_token"));
            assertThat(((Number) genuine.get("exp")).longValue()).isGreaterThan(now);
            assertThat(genuine.get("client_id")).isEqualTo(EsiaTestClient.config().clientId());
            assertThat(on.post(ProtocolLog.TOKEN_FLAW_PATH, Map.of("flaw", "x"), null).statusCode()).isEqualTo(400);
        } finally {
            flawed.close();
        }
    }

    /** The claims of a token the simulator signed (signature verified). */
    private static Map<String, Object> claims(EsiaSimulator simulator, String token) throws Exception {
        return EsiaJwt.verify(token, Pem.certificates(simulator.esiaCertificatePem()), GostTokenIssuer.SIGNATURE_ORDER,
                GostTokenIssuer::parse).orElseThrow().claims();
    }

    @Test
    void authorizationSignedByAnotherKeyIsRefusedWith007053() {
        Map<String, String> query = EsiaTestClient.authorizationRequest(SignatureMode.RAW_REVERSED, STRANGER, Instant.now());
        query.put("client_certificate_hash", Streebog.certificateHash(CLIENT.certificate()));
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + EsiaTestClient.encode(query), null)))
                .startsWith("ESIA-007053");
    }

    @Test
    void wrongCertificateHashIsRefusedWith007002() {
        Map<String, String> query = EsiaTestClient.authorizationRequest(SignatureMode.CMS_DETACHED, STRANGER, Instant.now());
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + EsiaTestClient.encode(query), null)))
                .startsWith("ESIA-007002");
    }

    @Test
    void staleTimestampIsRefusedWith007015() {
        Map<String, String> query = EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT,
                Instant.now().minus(Duration.ofMinutes(6)));
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + EsiaTestClient.encode(query), null)))
                .startsWith("ESIA-007015");
    }

    @Test
    void missingParameterIsRefusedWith007014() {
        Map<String, String> query = EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        query.remove("timestamp");
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + EsiaTestClient.encode(query), null)))
                .startsWith("ESIA-007014");
    }

    @Test
    void refusalsAreCountedByCode() throws Exception {
        Map<String, String> query = EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        query.put("client_secret", query.get("client_secret").substring(4));
        long before = rejected("ESIA-007053");
        client.get(SignedAuthorizeEndpoint.PATH + "?" + EsiaTestClient.encode(query), null);
        assertThat(rejected("ESIA-007053")).isEqualTo(before + 1);
    }

    @Test
    void tokenRequestWithoutTheCodeInTheSignatureIsRefused() throws Exception {
        String code = client.code(1000003, SignatureMode.RAW);
        Map<String, String> form = EsiaTestClient.tokenRequest(code, SignatureMode.RAW, CLIENT);
        form.put("client_secret", ClientSecret.sign(ClientSecret.authorizationMessage(EsiaTestClient.CLIENT_ID, SCOPE,
                        form.get("timestamp"), form.get("state"), EsiaTestClient.REDIRECT),
                CLIENT.keyPair().getPrivate(), CLIENT.certificate(), SignatureMode.RAW));
        HttpResponse<String> response = client.post(SignedTokenEndpoint.PATH, form, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "invalid_client")
                .containsEntry("state", form.get("state"));
        assertThat(response.body()).contains("ESIA-007053");
    }

    @Test
    void codeWorksOnceAndOnlyWithItsRedirect() throws Exception {
        String code = client.code(1000003, SignatureMode.CMS_DETACHED);
        assertThat(client.exchange(code, SignatureMode.CMS_DETACHED, CLIENT).statusCode()).isEqualTo(200);
        HttpResponse<String> again = client.exchange(code, SignatureMode.CMS_DETACHED, CLIENT);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("ESIA-007011");
    }

    @Test
    void unconfirmedAccountIsRefusedWith007055WhereConfirmedAccountsOnly() {
        EsiaTestClient strict = new EsiaTestClient(strictSimulator.baseUrl());
        HttpResponse<String> picker = strict.get(SignedAuthorizeEndpoint.PATH + "?"
                + EsiaTestClient.encode(EsiaTestClient.authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now())), null);
        Map<String, String> form = EsiaTestClient.hiddenFields(picker.body());
        form.put("oid", "1000009");
        assertThat(refusal(strict.post(SignedAuthorizeEndpoint.PATH, form, null))).startsWith("ESIA-007055");
        // and an unconfirmed account passes (with trusted=false) where the system admits them
        assertThat(client.code(1000009, SignatureMode.RAW)).isNotBlank();
    }

    /** The {@code error_description} of a refusal redirected back to the client. */
    private static String refusal(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(EsiaTestClient.REDIRECT + "?");
        return Http.parse(URI.create(location).getRawQuery()).get("error_description");
    }

    private long counter(String name) throws Exception {
        return ((Number) JSONObjectUtils.parse(client.get(ProtocolLog.PATH, null).body()).get(name)).longValue();
    }

    @SuppressWarnings("unchecked")
    private long rejected(String code) throws Exception {
        Map<String, Object> rejected = (Map<String, Object>) JSONObjectUtils.parse(client.get(ProtocolLog.PATH, null)
                .body()).get("rejected");
        return rejected.get(code) instanceof Number n ? n.longValue() : 0;
    }

}
