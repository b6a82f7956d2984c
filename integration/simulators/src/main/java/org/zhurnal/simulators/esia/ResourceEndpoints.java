package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Bearer-protected person data: {@code /rs/prns/{oid}}, {@code /rs/prns/{oid}/ctts} and
 * {@code /rs/prns/{oid}/kids}, for the GOST access tokens of v3/te; a token opens only its own person's data.
 */
final class ResourceEndpoints {

    static final String PERSONS_PREFIX = "/rs/prns/";

    private final PersonDirectory persons;
    private final GostTokenIssuer issuer;

    ResourceEndpoints(PersonDirectory persons, GostTokenIssuer issuer) {
        this.persons = persons;
        this.issuer = issuer;
    }

    /** Handles everything under {@value #PERSONS_PREFIX}. */
    void persons(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().substring(PERSONS_PREFIX.length()).split("/", -1);
        String collection = parts.length == 2 ? parts[1] : "";
        if (parts.length > 2 || !List.of("", "kids", "ctts").contains(collection) || !parts[0].matches("\\d{1,18}")) {
            throw new EsiaError(404, "not_found", "no such resource");
        }
        Http.requireMethod(exchange, "GET");
        EsiaPerson caller = authenticated(exchange);
        if (caller.oid() != Long.parseLong(parts[0])) {
            throw new EsiaError(403, "access_denied", "the token does not grant access to this person");
        }
        if (collection.equals("kids")) {
            List<Map<String, Object>> elements = caller.kids().stream().map(EsiaPerson.Kid::toEsiaJson).toList();
            Http.json(exchange, 200, Map.of("stateFacts", List.of("hasSize"), "size", elements.size(),
                    "elements", elements));
        } else if (collection.equals("ctts")) {
            // The fixture holds no e-mail or phone: demo accounts have no contacts to share.
            Http.json(exchange, 200, Map.of("stateFacts", List.of("hasSize"), "size", 0, "elements", List.of()));
        } else {
            Http.json(exchange, 200, caller.toEsiaJson());
        }
    }

    private EsiaPerson authenticated(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"esia-simulator\"");
            throw new EsiaError(401, "invalid_token", "a bearer access token is required");
        }
        String token = header.substring(7).trim();
        return issuer.verifyAccessToken(token)
                .flatMap(persons::find)
                .orElseThrow(() -> {
                    exchange.getResponseHeaders().set("WWW-Authenticate",
                            "Bearer realm=\"esia-simulator\", error=\"invalid_token\"");
                    return new EsiaError(401, "invalid_token", "the access token is invalid or expired");
                });
    }
}
