package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bearer-protected person data: {@code /rs/prns/{oid}}, {@code /rs/prns/{oid}/ctts} and
 * {@code /rs/prns/{oid}/kids}, for the GOST access tokens of v3/te; a token opens only its own person's data, and
 * the children only with a {@code kid_*} scope: names with {@code kid_fullname}, birth date with {@code kid_birthdate},
 * SNILS with {@code kid_snils} (the record's {@code id} and the child's own {@code oid} always).
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
        GostTokenIssuer.Access access = authenticated(exchange);
        EsiaPerson caller = persons.find(access.oid()).orElseThrow();
        if (caller.oid() != Long.parseLong(parts[0])) {
            throw new EsiaError(403, "access_denied", "the token does not grant access to this person");
        }
        if (collection.equals("kids")) {
            Set<String> kidScopes = access.scopes().stream().filter(s -> s.startsWith("kid_"))
                    .collect(Collectors.toUnmodifiableSet());
            if (kidScopes.isEmpty()) {
                throw new EsiaError(403, "access_denied", "no kid_* scope was granted");
            }
            List<Map<String, Object>> elements = caller.kids().stream().map(kid -> kid.toEsiaJson(kidScopes))
                    .toList();
            Http.json(exchange, 200, Map.of("stateFacts", List.of("hasSize"), "size", elements.size(),
                    "elements", elements));
        } else if (collection.equals("ctts")) {
            // The fixture holds no e-mail or phone: demo accounts have no contacts to share.
            Http.json(exchange, 200, Map.of("stateFacts", List.of("hasSize"), "size", 0, "elements", List.of()));
        } else {
            Http.json(exchange, 200, caller.toEsiaJson());
        }
    }

    private GostTokenIssuer.Access authenticated(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"esia-simulator\"");
            throw new EsiaError(401, "invalid_token", "a bearer access token is required");
        }
        String token = header.substring(7).trim();
        return issuer.verifyAccessToken(token)
                .filter(access -> persons.find(access.oid()).isPresent())
                .orElseThrow(() -> {
                    exchange.getResponseHeaders().set("WWW-Authenticate",
                            "Bearer realm=\"esia-simulator\", error=\"invalid_token\"");
                    return new EsiaError(401, "invalid_token", "the access token is invalid or expired");
                });
    }
}
