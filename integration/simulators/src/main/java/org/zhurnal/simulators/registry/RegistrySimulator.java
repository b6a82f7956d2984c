package org.zhurnal.simulators.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The regional registry's pull API for development and tests: {@code GET /registry/v1/changes?since=&limit=}
 * answers the changes after the cursor as an XML page (cursor = how many changes of the log were read), the
 * next cursor in {@code X-Next-Cursor}. {@code POST /control/mode?value=DOWN} (or {@link #mode(Mode)}) makes it
 * fail the way real systems do.
 */
public final class RegistrySimulator implements AutoCloseable {

    public static final String CHANGES = "/registry/v1/changes";
    public static final String NEXT_CURSOR = "X-Next-Cursor";

    /** How the simulator answers. */
    public enum Mode {
        /** Pages as they should be. */
        NORMAL,
        /** 503 Service Unavailable. */
        DOWN,
        /** Pages, but only after {@link #slowDelay} (longer than a client's timeout). */
        SLOW,
        /** 200 with an HTML error page of a broken proxy instead of a page, no cursor. */
        GARBAGE,
        /** Every page overlaps the previous one (next cursor advances by half), under a new message id each time. */
        DUPLICATES
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RegistryChange> log = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger servings = new AtomicInteger();
    private volatile Mode mode = Mode.NORMAL;
    private volatile Duration slowDelay = Duration.ofSeconds(5);

    private RegistrySimulator(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 64);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "registry-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(CHANGES, this::changes);
        server.createContext("/control/mode", this::control);
        server.start();
    }

    /** Starts on the port (0: any free one). */
    public static RegistrySimulator start(int port) {
        try {
            return new RegistrySimulator(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Appends changes to the registry's log. */
    public synchronized RegistrySimulator publish(Collection<RegistryChange> changes) {
        log.addAll(changes);
        return this;
    }

    public RegistrySimulator mode(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    public RegistrySimulator slowDelay(Duration delay) {
        this.slowDelay = delay;
        return this;
    }

    /** How many page requests arrived (whatever was answered). */
    public int requests() {
        return requests.get();
    }

    private void changes(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Map<String, String> query = query(exchange.getRequestURI());
        Mode now = mode;
        switch (now) {
            case DOWN -> send(exchange, 503, "text/plain", "registry is down for maintenance", null);
            case GARBAGE -> send(exchange, 200, "text/html",
                    "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html><unclosed", null);
            case SLOW -> {
                LockSupport.parkNanos(slowDelay.toNanos());
                page(exchange, query, false);
            }
            default -> page(exchange, query, now == Mode.DUPLICATES);
        }
    }

    private void page(HttpExchange exchange, Map<String, String> query, boolean overlap) throws IOException {
        int since = Integer.parseInt(query.getOrDefault("since", "0"));
        int limit = Math.max(1, Math.min(5_000, Integer.parseInt(query.getOrDefault("limit", "500"))));
        List<RegistryChange> page;
        synchronized (this) {
            int from = Math.min(since, log.size());
            page = List.copyOf(log.subList(from, Math.min(log.size(), from + limit)));
        }
        int next = since + (overlap ? Math.max(1, (page.size() + 1) / 2) : page.size());
        if (page.isEmpty()) {
            next = since;
        }
        String messageId = "page-" + since + "-" + (since + page.size()) + (overlap ? "-" + servings.incrementAndGet() : "");
        send(exchange, 200, "application/xml", RegistryDocuments.xml(messageId, page), String.valueOf(next));
    }

    private void control(HttpExchange exchange) throws IOException {
        String value = query(exchange.getRequestURI()).get("value");
        try {
            mode(Mode.valueOf(value));
            send(exchange, 204, "text/plain", "", null);
        } catch (IllegalArgumentException | NullPointerException e) {
            send(exchange, 400, "text/plain", "value must be one of NORMAL, DOWN, SLOW, GARBAGE, DUPLICATES", null);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String nextCursor)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=UTF-8");
        if (nextCursor != null) {
            exchange.getResponseHeaders().set(NEXT_CURSOR, nextCursor);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
