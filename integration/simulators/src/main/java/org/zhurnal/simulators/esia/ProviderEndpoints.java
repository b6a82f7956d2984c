package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Discovery document, public keys and logout. */
final class ProviderEndpoints {

    static final String AUTHORIZE = "/aas/oauth2/ac";
    static final String TOKEN = "/aas/oauth2/te";
    static final String USERINFO = "/rs/userinfo";
    static final String JWKS = "/jwks";
    static final String LOGOUT = "/idp/ext/Logout";

    private static final Logger LOG = Logger.getLogger(ProviderEndpoints.class.getName());

    private final EsiaSimulatorConfig config;
    private final String baseUrl;
    private final TokenIssuer issuer;

    ProviderEndpoints(EsiaSimulatorConfig config, String baseUrl, TokenIssuer issuer) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.issuer = issuer;
    }

    void discovery(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "GET");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", baseUrl);
        doc.put("authorization_endpoint", baseUrl + AUTHORIZE);
        doc.put("token_endpoint", baseUrl + TOKEN);
        doc.put("userinfo_endpoint", baseUrl + USERINFO);
        doc.put("jwks_uri", baseUrl + JWKS);
        doc.put("end_session_endpoint", baseUrl + LOGOUT);
        doc.put("response_types_supported", List.of("code"));
        doc.put("grant_types_supported", List.of("authorization_code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        doc.put("scopes_supported", List.of("openid", "fullname", "birthdate", "snils"));
        doc.put("claims_supported", List.of("sub", "urn:esia:sbj_id", "preferred_username", "family_name",
                "given_name", "middle_name", "birthdate", "snils", "trusted"));
        Http.json(exchange, 200, doc);
    }

    void jwks(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "GET");
        Http.jsonText(exchange, 200, issuer.jwksJson());
    }

    /**
     * Accepts ESIA's {@code redirect_url} and the OIDC {@code post_logout_redirect_uri} (+ {@code state}),
     * which Keycloak sends. The simulator keeps no session, so there is nothing else to end.
     */
    void logout(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "GET");
        Map<String, String> query = Http.query(exchange);
        String clientId = query.get("client_id");
        if (clientId != null && !clientId.equals(config.clientId())) {
            throw EsiaError.badRequest("invalid_request", "unknown client_id");
        }
        String target = query.getOrDefault("redirect_url", query.get("post_logout_redirect_uri"));
        if (target == null) {
            Http.html(exchange, 200, LoginPage.loggedOut());
            return;
        }
        if (!config.isAllowedRedirect(target)) {
            throw EsiaError.badRequest("invalid_request", "redirect_url is not registered");
        }
        LOG.fine("Logout redirect to a registered address");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("state", query.get("state"));
        Http.redirect(exchange, Http.withParams(target, params));
    }
}
