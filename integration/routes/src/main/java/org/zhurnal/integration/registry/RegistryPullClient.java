package org.zhurnal.integration.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The registry's pull API: {@code GET {base}/registry/v1/changes?since={cursor}&limit={n}} answers a page of
 * changes as XML, with the cursor to ask from next time in the {@code X-Next-Cursor} header (equal to
 * {@code since} when there is nothing new; absent when the answer is not a page).
 */
public class RegistryPullClient {

    public static final String NEXT_CURSOR = "X-Next-Cursor";

    /** A page: its text and, when the registry gave one, the cursor after it. */
    public record Page(String body, Optional<String> nextCursor) {
    }

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private final int pageSize;

    public RegistryPullClient(String baseUrl, Duration timeout, int pageSize) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.pageSize = pageSize;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Page fetch(String since) {
        URI uri = URI.create(baseUrl + "/registry/v1/changes?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)
                + "&limit=" + pageSize);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/xml").GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new RegistryUnavailableException("Реестр ответил кодом " + response.statusCode(), null);
            }
            return new Page(response.body(), response.headers().firstValue(NEXT_CURSOR));
        } catch (IOException e) {
            throw new RegistryUnavailableException("Реестр не ответил: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Опрос реестра прерван", e);
        }
    }
}
