package org.zhurnal.simulators.myschool;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The federal platform «Моя школа» as a client of Zhurnal, for development and tests: it gets an access token from
 * Keycloak by OAuth2 client credentials (reused until shortly before it expires), pulls
 * {@code GET {zhurnal}/api/v1/myschool/Schedule/{esia id}?start=&end=} for its set of students, and checks each
 * answer's shape ({@link ScheduleShape}): a {@code Schedule}, or an {@code OperationOutcome} for an error. See
 * docs/api-myschool.md.
 */
public final class MySchoolPlatformSimulator {

    /** One answer: the HTTP status and the JSON body, already checked against the contract. */
    public record Pull(String esiaId, int status, JsonObject body) {

        public boolean ok() {
            return status == 200;
        }
    }

    private final MySchoolPlatformConfig config;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public MySchoolPlatformSimulator(MySchoolPlatformConfig config) {
        this(config, Clock.systemUTC());
    }

    MySchoolPlatformSimulator(MySchoolPlatformConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** Pulls the schedule of every configured student over the dates; by ESIA id, in the configured order. */
    public Map<String, Pull> pullAll(LocalDate start, LocalDate end) {
        Map<String, Pull> pulls = new LinkedHashMap<>();
        for (String esiaId : config.students()) {
            pulls.put(esiaId, pull(esiaId, start, end));
        }
        return pulls;
    }

    /** Pulls one student's schedule with the platform's own token. */
    public Pull pull(String esiaId, LocalDate start, LocalDate end) {
        return pullWith(accessToken(), esiaId, query(start, end));
    }

    /** Pulls with any token (or none: {@code null}) and any query string: how a test sends what a bad client would. */
    public Pull pullWith(String bearer, String esiaId, String query) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.zhurnalUrl() + "/api/v1/myschool/Schedule/"
                + URLEncoder.encode(esiaId, StandardCharsets.UTF_8) + (query.isEmpty() ? "" : "?" + query)))
                .timeout(config.timeout()).header("Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = send(request.build());
        JsonObject body = parse(response.body());
        if (response.statusCode() == 200) {
            ScheduleShape.checkSchedule(body, esiaId);
        } else {
            ScheduleShape.checkOutcome(body);
        }
        return new Pull(esiaId, response.statusCode(), body);
    }

    /** The platform's access token (client credentials), fetched again shortly before it expires. */
    public synchronized String accessToken() {
        if (token == null || clock.instant().isAfter(tokenExpires)) {
            JsonObject answer = clientCredentials(config.clientId(), config.clientSecret());
            token = answer.getString("access_token");
            tokenExpires = clock.instant().plusSeconds(Math.max(0, answer.getInt("expires_in", 60) - 30));
        }
        return token;
    }

    /** An access token of any client of the realm by client credentials (for tests of other clients). */
    public JsonObject clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .timeout(config.timeout()).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused client credentials of " + clientId + ": "
                    + response.statusCode());
        }
        return parse(response.body());
    }

    private static String query(LocalDate start, LocalDate end) {
        return "start=" + start + "&end=" + end;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new ScheduleShape.Violation("the answer is not a JSON object: " + e.getClass().getSimpleName());
        }
    }

    /** Runs once from the command line: pulls the configured students' current week and prints a summary. */
    public static void main(String[] args) {
        MySchoolPlatformConfig config = MySchoolPlatformConfig.fromEnvironment(System.getenv());
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        new MySchoolPlatformSimulator(config).pullAll(monday, monday.plusDays(6)).forEach((id, pull) ->
                System.out.println(id + ": " + pull.status() + " " + summary(pull)));
    }

    private static String summary(Pull pull) {
        if (!pull.ok()) {
            return pull.body().getJsonArray("issue").getJsonObject(0).getString("diagnostics");
        }
        return pull.body().getJsonArray("schools").stream()
                .mapToInt(s -> s.asJsonObject().getJsonArray("lessons").size()).sum() + " lessons";
    }

    /** For tests: the configured students. */
    public List<String> students() {
        return config.students();
    }

    static Duration defaultTimeout() {
        return Duration.ofSeconds(10);
    }
}
