package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulator verified and refused, for tests: {@code GET /simulator/protocol-log} answers
 * {@code {"authorizationsVerified":n,"tokensVerified":n,"signatureModes":{"CMS_DETACHED":n},"rejected":{"ESIA-007053":n}}}.
 * Counts only, never secrets or codes.
 */
final class ProtocolLog {

    static final String PATH = "/simulator/protocol-log";
    /** {@code POST key=foreign|own}: sign the next tokens with an untrusted key, or again with ESIA's. */
    static final String TOKEN_KEY_PATH = "/simulator/token-key";
    static final String TOKEN_FLAW_PATH = "/simulator/token-flaw";

    private final AtomicLong authorizations = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final Map<String, AtomicLong> modes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> rejected = new ConcurrentHashMap<>();

    void authorizationVerified(String mode) {
        authorizations.incrementAndGet();
        count(modes, mode);
    }

    void tokenVerified(String mode) {
        tokens.incrementAndGet();
        count(modes, mode);
    }

    void rejected(String code) {
        count(rejected, code);
    }

    void handle(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "GET");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorizationsVerified", authorizations.get());
        body.put("tokensVerified", tokens.get());
        body.put("signatureModes", snapshot(modes));
        body.put("rejected", snapshot(rejected));
        Http.json(exchange, 200, body);
    }

    private static void count(Map<String, AtomicLong> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }
}
