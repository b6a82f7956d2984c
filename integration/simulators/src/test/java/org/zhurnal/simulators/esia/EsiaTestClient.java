package org.zhurnal.simulators.esia;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives a running simulator over real HTTP, the way a relying party and a browser would. */
final class EsiaTestClient {

    static final String CLIENT_ID = "zhurnal-keycloak";
    static final String SECRET = "test-secret-not-used-anywhere-else";
    static final String REDIRECT = "http://localhost:9/realms/zhurnal/broker/esia/endpoint";

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    EsiaTestClient(String base) {
        this.base = base;
    }

    static EsiaSimulator startSimulator() {
        return EsiaSimulator.start(EsiaSimulatorConfig.local(0, CLIENT_ID, SECRET, List.of(REDIRECT)));
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

    /** Opens the picker with a standard request, optionally with a PKCE challenge. */
    HttpResponse<String> authorize(String state, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", CLIENT_ID);
        query.put("redirect_uri", REDIRECT);
        query.put("response_type", "code");
        query.put("scope", "openid fullname snils");
        query.put("state", state);
        query.put("nonce", "nonce-" + state);
        if (codeChallenge != null) {
            query.put("code_challenge", codeChallenge);
            query.put("code_challenge_method", "S256");
        }
        return get("/aas/oauth2/ac?" + encode(query), null);
    }

    /** Submits the picker's form for {@code oid} and returns the authorization code from the redirect. */
    String pick(HttpResponse<String> page, long oid) {
        Map<String, String> form = hiddenFields(page.body());
        form.put("oid", String.valueOf(oid));
        HttpResponse<String> response = post("/aas/oauth2/ac", form, null);
        if (response.statusCode() != 302) {
            throw new AssertionError("expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        Map<String, String> params = Http.parse(URI.create(location).getRawQuery());
        return params.get("code");
    }

    /** Runs authorize + pick in one go. */
    String code(long oid, String codeChallenge) {
        return pick(authorize("st", codeChallenge), oid);
    }

    HttpResponse<String> exchangeWithBasic(String code, String secret, String redirectUri, String verifier) {
        String credentials = Http.encode(CLIENT_ID) + ":" + Http.encode(secret);
        String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return post("/aas/oauth2/te", tokenForm(code, redirectUri, verifier), basic);
    }

    HttpResponse<String> exchangeWithPost(String code, String secret) {
        Map<String, String> form = tokenForm(code, REDIRECT, null);
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", secret);
        return post("/aas/oauth2/te", form, null);
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

    private static Map<String, String> tokenForm(String code, String redirectUri, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return form;
    }

    private static String encode(Map<String, String> params) {
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
