package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST /aas/oauth2/te}: exchanges an authorization code for tokens. Client authentication by
 * {@code client_secret_basic} or {@code client_secret_post}; PKCE S256 when the code was issued with a challenge.
 */
final class TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(TokenEndpoint.class.getName());

    private final EsiaSimulatorConfig config;
    private final PersonDirectory persons;
    private final AuthorizationCodes codes;
    private final TokenIssuer issuer;

    TokenEndpoint(EsiaSimulatorConfig config, PersonDirectory persons, AuthorizationCodes codes, TokenIssuer issuer) {
        this.config = config;
        this.persons = persons;
        this.codes = codes;
        this.issuer = issuer;
    }

    void handle(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "POST");
        Map<String, String> form = Http.form(exchange);
        authenticateClient(exchange, form);
        if (!"authorization_code".equals(form.get("grant_type"))) {
            throw EsiaError.badRequest("unsupported_grant_type", "only authorization_code is supported");
        }
        AuthorizationCodes.Grant grant = codes.redeem(form.get("code"))
                .orElseThrow(() -> EsiaError.badRequest("invalid_grant", "unknown, used or expired code"));
        if (!grant.clientId().equals(config.clientId())) {
            throw EsiaError.badRequest("invalid_grant", "code was issued to another client");
        }
        if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
            throw EsiaError.badRequest("invalid_grant", "redirect_uri does not match the authorization request");
        }
        if (grant.codeChallenge() != null && !grant.codeChallenge().equals(s256(form.get("code_verifier")))) {
            throw EsiaError.badRequest("invalid_grant", "PKCE verification failed");
        }
        EsiaPerson person = persons.find(grant.oid())
                .orElseThrow(() -> EsiaError.badRequest("invalid_grant", "person no longer exists"));
        TokenIssuer.Tokens tokens = issuer.issue(grant, person);
        LOG.info(() -> "Tokens issued to " + grant.clientId() + " for oid " + grant.oid());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.accessToken());
        body.put("id_token", tokens.idToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", tokens.expiresIn());
        if (grant.scope() != null) {
            body.put("scope", grant.scope());
        }
        exchange.getResponseHeaders().set("Pragma", "no-cache");
        Http.json(exchange, 200, body);
    }

    private void authenticateClient(HttpExchange exchange, Map<String, String> form) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String clientId;
        String secret;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = decodeBasic(header.substring(6).trim(), exchange);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw invalidClient(exchange);
            }
            // RFC 6749 section 2.3.1: both parts are form-urlencoded before Base64.
            clientId = Http.decode(decoded.substring(0, colon));
            secret = Http.decode(decoded.substring(colon + 1));
            if (form.containsKey("client_secret")) {
                throw EsiaError.badRequest("invalid_request", "use one client authentication method only");
            }
        } else {
            clientId = form.get("client_id");
            secret = form.get("client_secret");
        }
        if (secret == null || !config.clientId().equals(clientId) || !constantTimeEquals(secret, config.clientSecret())) {
            LOG.warning(() -> "Client authentication failed at the token endpoint");
            throw invalidClient(exchange);
        }
        String formClientId = form.get("client_id");
        if (formClientId != null && !formClientId.equals(clientId)) {
            throw EsiaError.badRequest("invalid_request", "client_id does not match the authenticated client");
        }
    }

    private static String decodeBasic(String encoded, HttpExchange exchange) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidClient(exchange);
        }
    }

    private static EsiaError invalidClient(HttpExchange exchange) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"esia-simulator\"");
        return new EsiaError(401, "invalid_client", "client authentication failed");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    static String s256(String verifier) {
        if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
