package org.zhurnal.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal user agent for system tests: follows redirects itself (so each hop is visible) and keeps
 * cookies per server, including the {@code Secure} ones that Keycloak and the application set over plain
 * HTTP in the test stack (browsers treat localhost as a secure context and send them too).
 */
public final class BrowserlessClient {

    public record Page(URI uri, int status, String body, List<URI> hops, HttpHeaders headers) {

        /** The value of a response header of the last hop, if it was sent. */
        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The first {@code "id"} in the JSON body: the id of the object an API call answered with. */
        public long firstId() {
            java.util.regex.Matcher id = FIRST_ID.matcher(body);
            if (!id.find()) {
                throw new AssertionError("no \"id\" in " + body);
            }
            return Long.parseLong(id.group(1));
        }
    }

    private static final java.util.regex.Pattern FIRST_ID = java.util.regex.Pattern.compile("\"id\":(\\d+)");

    public static final String CSRF_HEADER = "X-Requested-With";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Map<String, String>> cookiesByHost = new LinkedHashMap<>();

    public Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A page navigation, as a browser's address bar sends it. */
    public Page getHtml(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    /**
     * A JSON write as the SPA sends it: with {@code X-Requested-With}, which the API requires on
     * cookie-authenticated writes (a cross-site form or image cannot set it).
     */
    public Page sendJson(String method, String url, String json) {
        return follow(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(CSRF_HEADER, "XMLHttpRequest")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A file upload as the SPA sends it: the file's bytes as the body, with {@code X-Requested-With}. */
    public Page sendFile(String url, String contentType, byte[] file) {
        return follow(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header(CSRF_HEADER, "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /** A download the SPA asks for with a POST (it makes something, e.g. letters with new codes): status and bytes. */
    public HttpResponse<byte[]> postForBytes(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header(CSRF_HEADER, "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpRequest withCookies = cookieHeader(request.uri())
                .map(cookies -> HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookies).build())
                .orElse(request);
        try {
            return http.send(withCookies, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request to " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The same write without the anti-forgery header, as a forged cross-site request would arrive. */
    public Page sendJsonWithoutCsrfHeader(String method, String url, String json) {
        return follow(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Page postForm(URI url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Page follow(HttpRequest.Builder first) {
        List<URI> hops = new ArrayList<>();
        HttpRequest request = first.build();
        for (int hop = 0; hop < 20; hop++) {
            HttpResponse<String> response = send(request);
            hops.add(request.uri());
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(request.uri(), response.statusCode(), response.body(), hops, response.headers());
            }
            request = HttpRequest.newBuilder(request.uri().resolve(location)).GET().build();
        }
        throw new AssertionError("too many redirects: " + hops);
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest withCookies = cookieHeader(request.uri())
                .map(cookies -> HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookies).build())
                .orElse(request);
        try {
            HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString());
            remember(request.uri(), response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The {@code Cookie} header this client sends to the server of {@code url} (a benchmark's session). */
    public String cookiesFor(String url) {
        return cookieHeader(URI.create(url)).orElse("");
    }

    private java.util.Optional<String> cookieHeader(URI uri) {
        Map<String, String> cookies = cookiesByHost.getOrDefault(hostKey(uri), Map.of());
        if (cookies.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
    }

    private void remember(URI uri, List<String> setCookies) {
        Map<String, String> cookies = cookiesByHost.computeIfAbsent(hostKey(uri), key -> new LinkedHashMap<>());
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = setCookie.toLowerCase().contains("max-age=0")
                    || setCookie.toLowerCase().contains("expires=thu, 01-jan-1970")
                    || setCookie.toLowerCase().contains("expires=thu, 01 jan 1970");
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** Cookies are per host and port here: the stack's servers all run on localhost with different ports. */
    private static String hostKey(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
