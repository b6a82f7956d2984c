package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Bearer-protected person data: {@code /rs/userinfo}, {@code /rs/prns/{oid}} and {@code /rs/prns/{oid}/kids}. */
final class ResourceEndpoints {

    static final String PERSONS_PREFIX = "/rs/prns/";

    private final PersonDirectory persons;
    private final TokenIssuer issuer;

    ResourceEndpoints(PersonDirectory persons, TokenIssuer issuer) {
        this.persons = persons;
        this.issuer = issuer;
    }

    void userinfo(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "GET");
        Http.json(exchange, 200, authenticated(exchange).oidcClaims());
    }

    /** Handles everything under {@value #PERSONS_PREFIX}. */
    void persons(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().substring(PERSONS_PREFIX.length()).split("/", -1);
        boolean kids = parts.length == 2 && parts[1].equals("kids");
        if (parts.length > 2 || (parts.length == 2 && !kids) || !parts[0].matches("\\d{1,18}")) {
            throw new EsiaError(404, "not_found", "no such resource");
        }
        Http.requireMethod(exchange, "GET");
        EsiaPerson caller = authenticated(exchange);
        if (caller.oid() != Long.parseLong(parts[0])) {
            throw new EsiaError(403, "access_denied", "the token does not grant access to this person");
        }
        if (kids) {
            List<Map<String, Object>> elements = caller.kids().stream().map(EsiaPerson.Kid::toEsiaJson).toList();
            Http.json(exchange, 200, Map.of("size", elements.size(), "elements", elements));
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
        return issuer.verifyAccessToken(header.substring(7).trim())
                .flatMap(persons::find)
                .orElseThrow(() -> {
                    exchange.getResponseHeaders().set("WWW-Authenticate",
                            "Bearer realm=\"esia-simulator\", error=\"invalid_token\"");
                    return new EsiaError(401, "invalid_token", "the access token is invalid or expired");
                });
    }
}
