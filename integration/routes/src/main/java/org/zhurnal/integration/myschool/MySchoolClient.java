package org.zhurnal.integration.myschool;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The platform's intake: {@code POST {base}/myschool/v1/journal-changes} with the feed's bundle as JSON and, when
 * configured, {@code Authorization: Bearer <token>}. 2xx is accepted ({@code OperationOutcome} with an issue code
 * {@code duplicate} when the platform had the message already); 4xx refuses the message, except 401/403 (our
 * token: a configuration problem, the message waits), 408 and 429; anything else is transient.
 */
public class MySchoolClient {

    public static final String PATH = "/myschool/v1/journal-changes";

    /** What the platform answered to a message it took. */
    public enum Outcome { ACCEPTED, DUPLICATE }

    private final HttpClient http;
    private final URI uri;
    private final Optional<String> token;
    private final Duration timeout;

    public MySchoolClient(String baseUrl, Optional<String> token, Duration timeout) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.uri = URI.create(base + PATH);
        this.token = token.filter(t -> !t.isBlank());
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Outcome send(String bundle) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bundle, StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MySchoolUnavailableException("«Моя школа» не ответила: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MySchoolUnavailableException("Отправка в «Мою школу» прервана", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return "duplicate".equals(issueCode(response.body())) ? Outcome.DUPLICATE : Outcome.ACCEPTED;
        }
        if (status == 401 || status == 403) {
            throw new MySchoolUnavailableException("«Моя школа» не приняла токен доступа (" + status + ")", null);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new MySchoolRejectedException("«Моя школа» отклонила сообщение (" + status + ")"
                    + diagnostics(response.body()).map(d -> ": " + d).orElse(""));
        }
        throw new MySchoolUnavailableException("«Моя школа» ответила кодом " + status, null);
    }

    private static String issueCode(String body) {
        return firstIssue(body).map(issue -> issue.getString("code", null)).orElse(null);
    }

    /** The platform's own explanation (an {@code OperationOutcome}'s first issue), clipped; it names no person. */
    private static Optional<String> diagnostics(String body) {
        return firstIssue(body).map(issue -> issue.getString("diagnostics", issue.getString("code", "")))
                .filter(d -> !d.isBlank()).map(d -> d.length() > 300 ? d.substring(0, 300) : d);
    }

    private static Optional<JsonObject> firstIssue(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject outcome && outcome.get("issue") instanceof JsonArray issues
                    && !issues.isEmpty() && issues.get(0) instanceof JsonObject issue) {
                return Optional.of(issue);
            }
        } catch (RuntimeException notJson) {
            // an answer that is no OperationOutcome explains nothing
        }
        return Optional.empty();
    }
}
