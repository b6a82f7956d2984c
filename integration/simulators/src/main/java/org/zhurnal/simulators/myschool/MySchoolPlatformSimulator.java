package org.zhurnal.simulators.myschool;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The federal platform «Моя школа» taking the region's journal feed, for development and tests:
 * {@code POST /myschool/v1/journal-changes} with a bundle of {@code Schedule} resources (see
 * docs/exchange-federal.md), {@code Authorization: Bearer} checked when a token is set. Answers an
 * {@code OperationOutcome}: 200 taken (issue code {@code duplicate} for a message id it had already), 400 for a
 * message that breaks the contract (including any personal data beyond the student's reference), 401 for a bad
 * token. It keeps the latest state of each lesson it was sent. {@link #mode(Mode)} makes it fail as real systems do.
 */
public final class MySchoolPlatformSimulator implements AutoCloseable {

    public static final String PATH = "/myschool/v1/journal-changes";

    /** How the platform answers. */
    public enum Mode {
        /** Takes valid messages. */
        NORMAL,
        /** 503 Service Unavailable. */
        DOWN,
        /** Answers only after {@link #slowDelay} (longer than a client's timeout). */
        SLOW,
        /** 400 with an OperationOutcome for every message (as for a message it cannot process). */
        REJECT
    }

    private static final Set<String> STUDENT_KEYS = Set.of("ref");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String token;
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();
    private final List<JsonObject> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, JsonObject> lessons = new ConcurrentHashMap<>();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private volatile Mode mode = Mode.NORMAL;
    private volatile Duration slowDelay = Duration.ofSeconds(5);

    private MySchoolPlatformSimulator(int port, String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("localhost", port), 64);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "myschool-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(PATH, this::intake);
        server.createContext("/control/mode", this::control);
        server.start();
    }

    /** Starts on the port (0: any free one); {@code token} null takes any caller. */
    public static MySchoolPlatformSimulator start(int port, String token) {
        try {
            return new MySchoolPlatformSimulator(port, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public MySchoolPlatformSimulator mode(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    public MySchoolPlatformSimulator slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    /** How many messages arrived, whatever was answered. */
    public int requests() {
        return requests.get();
    }

    /** The messages taken (each message id once), in order. */
    public List<JsonObject> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    /** The latest state of each lesson the platform was sent, by lesson id. */
    public Map<String, JsonObject> lessons() {
        return Map.copyOf(lessons);
    }

    /** Why messages were refused (the OperationOutcome diagnostics). */
    public List<String> refusals() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    private void intake(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod())) {
            outcome(exchange, 405, "error", "not-supported", "POST only");
            return;
        }
        if (token != null && !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            outcome(exchange, 401, "error", "login", "Bearer token required");
            return;
        }
        switch (mode) {
            case DOWN -> outcome(exchange, 503, "fatal", "transient", "platform is down for maintenance");
            case REJECT -> refuse(exchange, "message cannot be processed");
            case SLOW -> {
                LockSupport.parkNanos(slowDelay.toNanos());
                take(exchange, body);
            }
            default -> take(exchange, body);
        }
    }

    private void take(HttpExchange exchange, String body) throws IOException {
        JsonObject bundle;
        try (var reader = Json.createReader(new StringReader(body))) {
            bundle = reader.readObject();
        } catch (RuntimeException e) {
            refuse(exchange, "body is not a JSON object");
            return;
        }
        String problem = problem(bundle);
        if (problem != null) {
            refuse(exchange, problem);
            return;
        }
        if (!messageIds.add(bundle.getString("id"))) {
            outcome(exchange, 200, "information", "duplicate", "message " + bundle.getString("id") + " already taken");
            return;
        }
        accepted.add(bundle);
        for (JsonValue entry : bundle.getJsonArray("entry")) {
            if (entry.asJsonObject().get("lessons") instanceof JsonArray items) {
                items.forEach(lesson -> lessons.put(lesson.asJsonObject().getString("id"), lesson.asJsonObject()));
            }
        }
        outcome(exchange, 200, "information", "informational", "accepted");
    }

    /** What breaks the contract in the bundle, or null. */
    static String problem(JsonObject bundle) {
        if (!"Bundle".equals(bundle.getString("resourceType", null)) || bundle.getString("id", "").isBlank()
                || !(bundle.get("entry") instanceof JsonArray entries)) {
            return "resourceType Bundle with id and entry required";
        }
        for (JsonValue value : entries) {
            JsonObject entry = value.asJsonObject();
            String type = entry.getString("resourceType", "");
            if (!entry.containsKey("organization") || !entry.getJsonObject("organization").getString("inn", "")
                    .matches("\\d{10}")) {
                return "organization.inn (10 digits) required";
            }
            if ("Schedule".equals(type)) {
                for (JsonValue lessonValue : entry.getJsonArray("lessons")) {
                    JsonObject lesson = lessonValue.asJsonObject();
                    if (!lesson.containsKey("id") || !lesson.containsKey("date") || !lesson.containsKey("subject")
                            || !lesson.containsKey("insteadOf") || !lesson.containsKey("students")) {
                        return "lesson id, date, subject, insteadOf and students required";
                    }
                    for (JsonValue student : lesson.getJsonArray("students")) {
                        String p = studentProblem(student.asJsonObject().getJsonObject("student"));
                        if (p != null) {
                            return p;
                        }
                        for (JsonValue score : student.asJsonObject().getJsonArray("score")) {
                            JsonObject s = score.asJsonObject();
                            if (!s.containsKey("code") || !s.containsKey("weight") || !s.containsKey("score")
                                    || !s.containsKey("scoreSystem")) {
                                return "score code, weight, score and scoreSystem required";
                            }
                        }
                    }
                }
            } else if ("FinalScore".equals(type)) {
                String p = studentProblem(entry.getJsonObject("student"));
                if (p != null) {
                    return p;
                }
            } else {
                return "unknown resourceType " + type;
            }
        }
        return null;
    }

    private static String studentProblem(JsonObject student) {
        if (student == null || !student.getString("ref", "").matches("\\d{1,19}")) {
            return "student.ref required";
        }
        if (!STUDENT_KEYS.containsAll(student.keySet())) {
            return "student carries more than its reference";
        }
        return null;
    }

    private void refuse(HttpExchange exchange, String diagnostics) throws IOException {
        refused.add(diagnostics);
        outcome(exchange, 400, "error", "invalid", diagnostics);
    }

    private void control(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        try {
            mode(Mode.valueOf(query == null ? "" : query.replace("value=", "")));
            send(exchange, 204, "");
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "value must be one of NORMAL, DOWN, SLOW, REJECT");
        }
    }

    private static void outcome(HttpExchange exchange, int status, String severity, String code, String diagnostics)
            throws IOException {
        String json = Json.createObjectBuilder().add("resourceType", "OperationOutcome")
                .add("issue", Json.createArrayBuilder().add(Json.createObjectBuilder().add("severity", severity)
                        .add("code", code).add("diagnostics", diagnostics))).build().toString();
        exchange.getResponseHeaders().set("Content-Type", "application/fhir+json; charset=UTF-8");
        send(exchange, status, json);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
