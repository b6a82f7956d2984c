package org.zhurnal.simulators.esia;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.esia.protocol.ClientSecret;
import org.zhurnal.esia.protocol.EsiaTimestamp;
import org.zhurnal.esia.protocol.GostKeys;
import org.zhurnal.esia.protocol.SignatureMode;
import org.zhurnal.esia.protocol.Streebog;

/**
 * Drives a running simulator over real HTTP the way ESIA's relying party (with its GOST key) and a browser
 * would: signed v2/ac, the picker, signed v3/te.
 */
final class EsiaTestClient {

    static final String CLIENT_ID = "zhurnal-keycloak";
    static final String REDIRECT = "http://localhost:9/realms/zhurnal/broker/esia/endpoint";
    static final String SCOPE = "openid fullname birthdate snils kid_fullname kid_birthdate kid_snils";
    /** The registered client's key and certificate, generated for this test run. */
    static final GostKeys.Credentials CLIENT = GostKeys.generate("zhurnal test client", Duration.ofDays(1));

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    EsiaTestClient(String base) {
        this.base = base;
    }

    static EsiaSimulatorConfig config() {
        return EsiaSimulatorConfig.local(0, CLIENT_ID, List.of(REDIRECT)).withClientCertificate(CLIENT.certificate());
    }

    static EsiaSimulator startSimulator() {
        return EsiaSimulator.start(config());
    }

    HttpResponse<String> get(String pathAndQuery, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** A v2/ac request signed by {@code signer} at {@code at}, with its own hash; tests tamper with it. */
    static Map<String, String> authorizationRequest(SignatureMode mode, GostKeys.Credentials signer, Instant at) {
        String timestamp = EsiaTimestamp.format(at, ZoneOffset.ofHours(3));
        String state = UUID.randomUUID().toString();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", CLIENT_ID);
        query.put("client_secret", ClientSecret.sign(ClientSecret.authorizationMessage(CLIENT_ID, SCOPE, timestamp,
                state, REDIRECT), signer.keyPair().getPrivate(), signer.certificate(), mode));
        query.put("redirect_uri", REDIRECT);
        query.put("scope", SCOPE);
        query.put("response_type", "code");
        query.put("state", state);
        query.put("access_type", "online");
        query.put("timestamp", timestamp);
        query.put("client_certificate_hash", Streebog.certificateHash(signer.certificate()));
        return query;
    }

    /** A v3/te request for {@code code} signed by {@code signer} now. */
    static Map<String, String> tokenRequest(String code, SignatureMode mode, GostKeys.Credentials signer) {
        String timestamp = EsiaTimestamp.format(Instant.now(), ZoneOffset.UTC);
        String state = UUID.randomUUID().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", CLIENT_ID);
        form.put("code", code);
        form.put("grant_type", "authorization_code");
        form.put("client_secret", ClientSecret.sign(ClientSecret.tokenMessage(CLIENT_ID, SCOPE, timestamp, state,
                REDIRECT, code), signer.keyPair().getPrivate(), signer.certificate(), mode));
        form.put("state", state);
        form.put("redirect_uri", REDIRECT);
        form.put("scope", SCOPE);
        form.put("timestamp", timestamp);
        form.put("token_type", "Bearer");
        form.put("client_certificate_hash", Streebog.certificateHash(signer.certificate()));
        return form;
    }

    /** Opens the picker with a correctly signed request. */
    HttpResponse<String> authorize(Map<String, String> query) {
        return get(SignedAuthorizeEndpoint.PATH + "?" + encode(query), null);
    }

    /** Submits the picker's form for {@code oid}; returns the redirect's parameters. */
    Map<String, String> pick(HttpResponse<String> picker, long oid) {
        Map<String, String> form = hiddenFields(picker.body());
        form.put("oid", String.valueOf(oid));
        HttpResponse<String> response = post(SignedAuthorizeEndpoint.PATH, form, null);
        if (response.statusCode() != 302) {
            throw new AssertionError("expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
        return Http.parse(URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    /** A code for {@code oid} through a request signed in {@code mode}. */
    String code(long oid, SignatureMode mode) {
        return pick(authorize(authorizationRequest(mode, CLIENT, Instant.now())), oid).get("code");
    }

    HttpResponse<String> exchange(String code, SignatureMode mode, GostKeys.Credentials signer) {
        return post(SignedTokenEndpoint.PATH, tokenRequest(code, mode, signer), null);
    }

    /** The token answer of a complete sign-in as {@code oid}. */
    Map<String, Object> tokens(long oid) {
        try {
            return JSONObjectUtils.parse(exchange(code(oid, SignatureMode.CMS_DETACHED), SignatureMode.CMS_DETACHED,
                    CLIENT).body());
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2).replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return fields;
    }

    static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(Http.encode(k)).append('=')
                .append(Http.encode(v)));
        return sb.toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
