package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.zhurnal.esia.protocol.SignatureMode;

/**
 * {@code /aas/oauth2/v2/ac}, ESIA's signed authorization request. GET checks the request ({@link SignedRequest})
 * and shows the person picker, whose forms carry only an opaque {@code request} id; POST (a picked person)
 * issues a one-time code and redirects back with {@code code} and the request's {@code state}. Refusals after
 * the client and redirect URI are known go back as {@code error} + {@code error_description="ESIA-0070xx: ..."}.
 */
final class SignedAuthorizeEndpoint {

    static final String PATH = "/aas/oauth2/v2/ac";
    static final Duration PICK_TIMEOUT = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(SignedAuthorizeEndpoint.class.getName());

    private record Pending(String redirectUri, String scope, String state, Instant expiresAt) {
    }

    private final EsiaSimulatorConfig config;
    private final PersonDirectory persons;
    private final AuthorizationCodes codes;
    private final SignedRequest signedRequest;
    private final ProtocolLog log;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    SignedAuthorizeEndpoint(EsiaSimulatorConfig config, PersonDirectory persons, AuthorizationCodes codes,
                            SignedRequest signedRequest, ProtocolLog log, Clock clock) {
        this.config = config;
        this.persons = persons;
        this.codes = codes;
        this.signedRequest = signedRequest;
        this.log = log;
        this.clock = clock;
    }

    void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> request(exchange, Http.query(exchange));
            case "POST" -> pick(exchange, Http.form(exchange));
            default -> throw new EsiaError(405, "invalid_request", "method not allowed");
        }
    }

    private void request(HttpExchange exchange, Map<String, String> params) throws IOException {
        if (!config.clientId().equals(params.get("client_id"))) {
            log.rejected(EsiaCode.CERTIFICATE_MISMATCH.code());
            Http.html(exchange, 400, LoginPage.error(EsiaCode.CERTIFICATE_MISMATCH.error().description()));
            return;
        }
        String redirectUri = params.get("redirect_uri");
        if (!config.isAllowedRedirect(redirectUri)) {
            log.rejected(EsiaCode.REDIRECT_NOT_ALLOWED.code());
            Http.html(exchange, 400, LoginPage.error(EsiaCode.REDIRECT_NOT_ALLOWED.error().description()));
            return;
        }
        SignatureMode mode;
        try {
            if (params.containsKey("response_type") && !"code".equals(params.get("response_type"))) {
                throw EsiaCode.UNSUPPORTED_RESPONSE_TYPE.error();
            }
            mode = signedRequest.checkAuthorization(params);
            if (!List.of(params.get("scope").split(" ")).contains("openid")) {
                throw EsiaCode.INVALID_PARAMETER.error();
            }
        } catch (EsiaError e) {
            refuse(exchange, redirectUri, params.get("state"), e);
            return;
        }
        log.authorizationVerified(mode.name());
        purgeExpired();
        String id = randomId();
        pending.put(id, new Pending(redirectUri, params.get("scope"), params.get("state"),
                clock.instant().plus(PICK_TIMEOUT)));
        Http.html(exchange, 200, LoginPage.render(persons.all(), Map.of("request", id)));
    }

    private void pick(HttpExchange exchange, Map<String, String> form) throws IOException {
        Pending request = Optional.ofNullable(form.get("request")).map(pending::remove)
                .filter(p -> clock.instant().isBefore(p.expiresAt()))
                .orElse(null);
        if (request == null) {
            Http.html(exchange, 400, LoginPage.error("Запрос на вход устарел или уже использован. Начните вход заново."));
            return;
        }
        Optional<EsiaPerson> person = persons.find(form.get("oid"));
        if (person.isEmpty()) {
            Http.html(exchange, 400, LoginPage.error("Такого пользователя нет в симуляторе."));
            return;
        }
        if (config.confirmedAccountsOnly() && !person.get().trusted()) {
            refuse(exchange, request.redirectUri(), request.state(), EsiaCode.UNCONFIRMED_ACCOUNT.error());
            return;
        }
        String code = codes.issue(config.clientId(), request.redirectUri(), request.scope(),
                person.get().oid());
        LOG.info(() -> "Authorization code (v2/ac) issued to " + config.clientId() + " for oid " + person.get().oid());
        Map<String, String> result = new LinkedHashMap<>();
        result.put("code", code);
        result.put("state", request.state());
        Http.redirect(exchange, Http.withParams(request.redirectUri(), result));
    }

    private void refuse(HttpExchange exchange, String redirectUri, String state, EsiaError error) throws IOException {
        log.rejected(EsiaCode.codeOf(error));
        LOG.info(() -> "Authorization request refused: " + error.description());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error.error());
        params.put("error_description", error.description());
        params.put("state", state);
        Http.redirect(exchange, Http.withParams(redirectUri, params));
    }

    private String randomId() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
    }
}
