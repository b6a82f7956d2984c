package org.zhurnal.simulators.esia;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhurnal.esia.protocol.ClientSecret;
import org.zhurnal.esia.protocol.EsiaJwt;
import org.zhurnal.esia.protocol.EsiaTimestamp;
import org.zhurnal.esia.protocol.GostKeys;
import org.zhurnal.esia.protocol.Pem;
import org.zhurnal.esia.protocol.SignatureMode;
import org.zhurnal.esia.protocol.Streebog;

/** ESIA's signed protocol (v2/ac + v3/te) against a running simulator with a registered GOST client certificate. */
class SignedProtocolTest {

    private static final GostKeys.Credentials CLIENT = GostKeys.generate("zhurnal test client", Duration.ofDays(1));
    private static final GostKeys.Credentials STRANGER = GostKeys.generate("stranger", Duration.ofDays(1));
    private static final String SCOPE = "openid fullname birthdate snils";

    private static EsiaSimulator simulator;
    private static EsiaSimulator strictSimulator;

    @BeforeAll
    static void start() {
        EsiaSimulatorConfig config = EsiaSimulatorConfig.local(0, EsiaTestClient.CLIENT_ID, EsiaTestClient.SECRET,
                List.of(EsiaTestClient.REDIRECT)).withClientCertificate(CLIENT.certificate());
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
            Map<String, Object> tokens = JSONObjectUtils.parse(exchange(code(client, 1000004, mode), mode, CLIENT).body());
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
    void authorizationSignedByAnotherKeyIsRefusedWith007053() {
        Map<String, String> query = authorizationRequest(SignatureMode.RAW_REVERSED, STRANGER, Instant.now());
        query.put("client_certificate_hash", Streebog.certificateHash(CLIENT.certificate()));
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null)))
                .startsWith("ESIA-007053");
    }

    @Test
    void wrongCertificateHashIsRefusedWith007002() {
        Map<String, String> query = authorizationRequest(SignatureMode.CMS_DETACHED, STRANGER, Instant.now());
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null)))
                .startsWith("ESIA-007002");
    }

    @Test
    void staleTimestampIsRefusedWith007015() {
        Map<String, String> query = authorizationRequest(SignatureMode.RAW, CLIENT,
                Instant.now().minus(Duration.ofMinutes(6)));
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null)))
                .startsWith("ESIA-007015");
    }

    @Test
    void missingParameterIsRefusedWith007014() {
        Map<String, String> query = authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        query.remove("timestamp");
        assertThat(refusal(client.get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null)))
                .startsWith("ESIA-007014");
    }

    @Test
    void refusalsAreCountedByCode() throws Exception {
        Map<String, String> query = authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now());
        query.put("client_secret", query.get("client_secret").substring(4));
        long before = rejected("ESIA-007053");
        client.get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null);
        assertThat(rejected("ESIA-007053")).isEqualTo(before + 1);
    }

    @Test
    void tokenRequestWithoutTheCodeInTheSignatureIsRefused() throws Exception {
        String code = code(client, 1000003, SignatureMode.RAW);
        Map<String, String> form = tokenRequest(code, SignatureMode.RAW, CLIENT);
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
        String code = code(client, 1000003, SignatureMode.CMS_DETACHED);
        assertThat(exchange(code, SignatureMode.CMS_DETACHED, CLIENT).statusCode()).isEqualTo(200);
        HttpResponse<String> again = exchange(code, SignatureMode.CMS_DETACHED, CLIENT);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("ESIA-007011");
    }

    @Test
    void unconfirmedAccountIsRefusedWith007055WhereConfirmedAccountsOnly() {
        EsiaTestClient strict = new EsiaTestClient(strictSimulator.baseUrl());
        HttpResponse<String> picker = strict.get(SignedAuthorizeEndpoint.PATH + "?"
                + encode(authorizationRequest(SignatureMode.RAW, CLIENT, Instant.now())), null);
        Map<String, String> form = EsiaTestClient.hiddenFields(picker.body());
        form.put("oid", "1000009");
        assertThat(refusal(strict.post(SignedAuthorizeEndpoint.PATH, form, null))).startsWith("ESIA-007055");
        // and an unconfirmed account passes (with trusted=false) where the system admits them
        assertThat(code(client, 1000009, SignatureMode.RAW)).isNotBlank();
    }

    private String code(EsiaTestClient on, long oid, SignatureMode mode) {
        Map<String, String> query = authorizationRequest(mode, CLIENT, Instant.now());
        HttpResponse<String> picker = on.get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null);
        assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
        Map<String, String> form = EsiaTestClient.hiddenFields(picker.body());
        assertThat(form).containsOnlyKeys("request");
        form.put("oid", String.valueOf(oid));
        HttpResponse<String> redirect = on.post(SignedAuthorizeEndpoint.PATH, form, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        Map<String, String> params = Http.parse(URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getRawQuery());
        assertThat(params).containsEntry("state", query.get("state"));
        return params.get("code");
    }

    private HttpResponse<String> exchange(String code, SignatureMode mode, GostKeys.Credentials signer) {
        return client.post(SignedTokenEndpoint.PATH, tokenRequest(code, mode, signer), null);
    }

    private static Map<String, String> authorizationRequest(SignatureMode mode, GostKeys.Credentials signer,
                                                            Instant at) {
        String timestamp = EsiaTimestamp.format(at, ZoneOffset.ofHours(3));
        String state = UUID.randomUUID().toString();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", EsiaTestClient.CLIENT_ID);
        query.put("client_secret", ClientSecret.sign(ClientSecret.authorizationMessage(EsiaTestClient.CLIENT_ID, SCOPE,
                timestamp, state, EsiaTestClient.REDIRECT), signer.keyPair().getPrivate(), signer.certificate(), mode));
        query.put("redirect_uri", EsiaTestClient.REDIRECT);
        query.put("scope", SCOPE);
        query.put("response_type", "code");
        query.put("state", state);
        query.put("access_type", "online");
        query.put("timestamp", timestamp);
        query.put("client_certificate_hash", Streebog.certificateHash(signer.certificate()));
        return query;
    }

    private static Map<String, String> tokenRequest(String code, SignatureMode mode, GostKeys.Credentials signer) {
        String timestamp = EsiaTimestamp.format(Clock.systemUTC().instant(), ZoneOffset.UTC);
        String state = UUID.randomUUID().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", EsiaTestClient.CLIENT_ID);
        form.put("code", code);
        form.put("grant_type", "authorization_code");
        form.put("client_secret", ClientSecret.sign(ClientSecret.tokenMessage(EsiaTestClient.CLIENT_ID, SCOPE,
                timestamp, state, EsiaTestClient.REDIRECT, code), signer.keyPair().getPrivate(), signer.certificate(), mode));
        form.put("state", state);
        form.put("redirect_uri", EsiaTestClient.REDIRECT);
        form.put("scope", SCOPE);
        form.put("timestamp", timestamp);
        form.put("token_type", "Bearer");
        form.put("client_certificate_hash", Streebog.certificateHash(signer.certificate()));
        return form;
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

    private static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(Http.encode(k)).append('=')
                .append(Http.encode(v)));
        return sb.toString();
    }
}
