package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code /aas/oauth2/ac}: GET shows the person picker, POST (a picked person) issues a one-time code and
 * redirects back to the client. The simulator keeps no session, so every authorization shows the picker.
 */
final class AuthorizeEndpoint {

    private static final Logger LOG = Logger.getLogger(AuthorizeEndpoint.class.getName());
    private static final List<String> CARRIED = List.of(
            "client_id", "redirect_uri", "response_type", "scope", "state", "nonce",
            "code_challenge", "code_challenge_method");

    private final EsiaSimulatorConfig config;
    private final PersonDirectory persons;
    private final AuthorizationCodes codes;

    AuthorizeEndpoint(EsiaSimulatorConfig config, PersonDirectory persons, AuthorizationCodes codes) {
        this.config = config;
        this.persons = persons;
        this.codes = codes;
    }

    void handle(HttpExchange exchange) throws IOException {
        boolean pick = switch (exchange.getRequestMethod()) {
            case "GET" -> false;
            case "POST" -> true;
            default -> throw new EsiaError(405, "invalid_request", "method not allowed");
        };
        Map<String, String> params = pick ? Http.form(exchange) : Http.query(exchange);
        String redirectUri = params.get("redirect_uri");
        if (!config.clientId().equals(params.get("client_id"))) {
            Http.html(exchange, 400, LoginPage.error("Неизвестная информационная система (client_id)."));
            return;
        }
        if (!config.isAllowedRedirect(redirectUri)) {
            Http.html(exchange, 400, LoginPage.error("Адрес возврата (redirect_uri) не зарегистрирован."));
            return;
        }
        String state = params.get("state");
        try {
            checkRequest(params);
        } catch (EsiaError e) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("error", e.error());
            error.put("error_description", e.description());
            error.put("state", state);
            Http.redirect(exchange, Http.withParams(redirectUri, error));
            return;
        }
        if (!pick) {
            Map<String, String> carried = new LinkedHashMap<>();
            CARRIED.forEach(name -> carried.put(name, params.get(name)));
            Http.html(exchange, 200, LoginPage.render(persons.all(), carried));
            return;
        }
        Optional<EsiaPerson> person = persons.find(params.get("oid"));
        if (person.isEmpty()) {
            Http.html(exchange, 400, LoginPage.error("Такого пользователя нет в симуляторе."));
            return;
        }
        String code = codes.issue(config.clientId(), redirectUri, params.get("scope"), params.get("nonce"),
                params.get("code_challenge"), person.get().oid());
        LOG.info(() -> "Authorization code issued to " + config.clientId() + " for oid " + person.get().oid());
        Map<String, String> result = new LinkedHashMap<>();
        result.put("code", code);
        result.put("state", state);
        Http.redirect(exchange, Http.withParams(redirectUri, result));
    }

    private static void checkRequest(Map<String, String> params) {
        if (!"code".equals(params.get("response_type"))) {
            throw EsiaError.badRequest("unsupported_response_type", "only response_type=code is supported");
        }
        String scope = params.getOrDefault("scope", "");
        if (!List.of(scope.split(" ")).contains("openid")) {
            throw EsiaError.badRequest("invalid_scope", "scope must include openid");
        }
        String challenge = params.get("code_challenge");
        if (challenge != null && !"S256".equals(params.get("code_challenge_method"))) {
            throw EsiaError.badRequest("invalid_request", "only code_challenge_method=S256 is supported");
        }
        if (challenge != null && !challenge.matches("[A-Za-z0-9_-]{43}")) {
            throw EsiaError.badRequest("invalid_request", "malformed code_challenge");
        }
    }
}
