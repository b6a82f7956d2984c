package org.zhurnal.simulators.esia;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhurnal.simulators.esia.EsiaTestClient.REDIRECT;
import static org.zhurnal.simulators.esia.EsiaTestClient.SECRET;

class EsiaCodeFlowTest {

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    private final EsiaTestClient client = SIMULATOR.client();

    @Test
    void discoveryDocumentPointsAtEsiaPaths() throws Exception {
        HttpResponse<String> response = client.get("/.well-known/openid-configuration", null);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> doc = JSONObjectUtils.parse(response.body());
        String base = SIMULATOR.baseUrl();
        assertThat(doc).containsEntry("issuer", base)
                .containsEntry("authorization_endpoint", base + "/aas/oauth2/ac")
                .containsEntry("token_endpoint", base + "/aas/oauth2/te")
                .containsEntry("userinfo_endpoint", base + "/rs/userinfo")
                .containsEntry("jwks_uri", base + "/jwks")
                .containsEntry("end_session_endpoint", base + "/idp/ext/Logout");
    }

    @Test
    void pickerListsEveryPersonAsAButtonNamedExactlyByFullName() {
        HttpResponse<String> page = client.authorize("a\"<b", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Госуслуги — симулятор ЕСИА</title>")
                .contains("value=\"a&quot;&lt;b\"")
                .contains("value=\"1000003\" aria-describedby=\"hint-1000003\">Иванова Мария Петровна</button>\n"
                        + "<span class=\"hint\" id=\"hint-1000003\">учитель, классный руководитель</span>")
                .contains(">Лебедев Олег Дмитриевич</button>")
                .contains(">учётная запись не подтверждена</span>");
        assertThat(page.body().split("<form method=\"post\">", -1)).hasSize(8);
        assertThat(EsiaTestClient.hiddenFields(page.body())).containsEntry("state", "a\"<b");
    }

    @Test
    void unknownClientOrRedirectUriGetsAnErrorPageNotARedirect() {
        HttpResponse<String> unknownClient = client.get(
                "/aas/oauth2/ac?client_id=other&redirect_uri=" + Http.encode(REDIRECT) + "&response_type=code&scope=openid",
                null);
        HttpResponse<String> lookalike = client.get("/aas/oauth2/ac?client_id=zhurnal-keycloak&redirect_uri="
                + Http.encode(REDIRECT + ".evil.example") + "&response_type=code&scope=openid", null);

        assertThat(unknownClient.statusCode()).isEqualTo(400);
        assertThat(lookalike.statusCode()).isEqualTo(400);
        assertThat(lookalike.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void pickedPersonIsRedirectedBackWithCodeAndState() {
        HttpResponse<String> page = client.authorize("state-42", null);
        Map<String, String> form = EsiaTestClient.hiddenFields(page.body());
        form.put("oid", "1000003");

        HttpResponse<String> response = client.post("/aas/oauth2/ac", form, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(REDIRECT + "?code=").endsWith("&state=state-42");
    }

    @Test
    void basicAuthExchangeReturnsIdTokenSignedByThePublishedKey() throws Exception {
        HttpResponse<String> response = client.exchangeWithBasic(client.code(1000003, null), SECRET, REDIRECT, null);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = JSONObjectUtils.parse(response.body());
        assertThat(body).containsEntry("token_type", "Bearer").containsKey("access_token");
        SignedJWT idToken = SignedJWT.parse((String) body.get("id_token"));
        JWKSet keys = JWKSet.parse(client.get("/jwks", null).body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(idToken.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(idToken.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(SIMULATOR.baseUrl());
        assertThat(claims.getAudience()).containsExactly(EsiaTestClient.CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo("1000003");
        assertThat(claims.getLongClaim("urn:esia:sbj_id")).isEqualTo(1000003L);
        assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-st");
        assertThat(claims.getStringClaim("family_name")).isEqualTo("Иванова");
        assertThat(claims.getStringClaim("given_name")).isEqualTo("Мария");
        assertThat(claims.getStringClaim("middle_name")).isEqualTo("Петровна");
        assertThat(claims.getStringClaim("birthdate")).isEqualTo("1986-11-23");
        assertThat(claims.getStringClaim("snils")).matches("\\d{3}-\\d{3}-\\d{3} \\d{2}");
        assertThat(claims.getBooleanClaim("trusted")).isTrue();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
    }

    @Test
    void postAuthExchangeWorksAndUntrustedPersonIsMarked() throws Exception {
        HttpResponse<String> response = client.exchangeWithPost(client.code(1000009, null), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT idToken = SignedJWT.parse((String) JSONObjectUtils.parse(response.body()).get("id_token"));
        assertThat(idToken.getJWTClaimsSet().getBooleanClaim("trusted")).isFalse();
    }

    @Test
    void codeWorksOnlyOnce() {
        String code = client.code(1000001, null);

        assertThat(client.exchangeWithBasic(code, SECRET, REDIRECT, null).statusCode()).isEqualTo(200);
        HttpResponse<String> reuse = client.exchangeWithBasic(code, SECRET, REDIRECT, null);
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(reuse.body()).contains("\"error\":\"invalid_grant\"");
    }

    @Test
    void wrongSecretIsRefusedForBothAuthMethods() {
        HttpResponse<String> basic = client.exchangeWithBasic(client.code(1000001, null), "wrong", REDIRECT, null);
        HttpResponse<String> post = client.exchangeWithPost(client.code(1000001, null), "wrong");

        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).contains("\"error\":\"invalid_client\"");
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void redirectUriMustMatchTheAuthorizationRequest() {
        HttpResponse<String> response =
                client.exchangeWithBasic(client.code(1000002, null), SECRET, REDIRECT + "/other", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void pkceVerifierIsChecked() {
        String verifier = "verifier-0123456789-0123456789-0123456789-abcdef";
        String challenge = TokenEndpoint.s256(verifier);

        HttpResponse<String> wrong = client.exchangeWithBasic(
                client.code(1000004, challenge), SECRET, REDIRECT, verifier.replace('a', 'b'));
        HttpResponse<String> missing = client.exchangeWithBasic(client.code(1000004, challenge), SECRET, REDIRECT, null);
        HttpResponse<String> right = client.exchangeWithBasic(
                client.code(1000004, challenge), SECRET, REDIRECT, verifier);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("invalid_grant");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(right.statusCode()).isEqualTo(200);
    }
}
