package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.zhurnal.esia.protocol.SignatureMode;

/**
 * {@code POST /aas/oauth2/v3/te}: exchanges a v2/ac code for GOST-signed tokens. The request is signed like
 * the authorization one with the code appended; it carries a fresh {@code state} which the answer echoes.
 */
final class SignedTokenEndpoint {

    static final String PATH = "/aas/oauth2/v3/te";

    private static final Logger LOG = Logger.getLogger(SignedTokenEndpoint.class.getName());

    private final EsiaSimulatorConfig config;
    private final PersonDirectory persons;
    private final AuthorizationCodes codes;
    private final SignedRequest signedRequest;
    private final GostTokenIssuer issuer;
    private final ProtocolLog log;

    SignedTokenEndpoint(EsiaSimulatorConfig config, PersonDirectory persons, AuthorizationCodes codes,
                        SignedRequest signedRequest, GostTokenIssuer issuer, ProtocolLog log) {
        this.config = config;
        this.persons = persons;
        this.codes = codes;
        this.signedRequest = signedRequest;
        this.issuer = issuer;
        this.log = log;
    }

    void handle(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "POST");
        Map<String, String> form = Http.form(exchange);
        try {
            Http.json(exchange, 200, exchange(form));
        } catch (EsiaError e) {
            log.rejected(EsiaCode.codeOf(e));
            LOG.info(() -> "Token request refused: " + e.description());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.error());
            body.put("error_description", e.description());
            body.put("state", form.get("state"));
            Http.json(exchange, e.status(), body);
        }
    }

    private Map<String, Object> exchange(Map<String, String> form) {
        if (!config.clientId().equals(form.get("client_id"))) {
            throw EsiaCode.CERTIFICATE_MISMATCH.error();
        }
        SignatureMode mode = signedRequest.checkToken(form);
        if (!"authorization_code".equals(form.get("grant_type"))) {
            throw EsiaCode.UNSUPPORTED_GRANT.error();
        }
        AuthorizationCodes.Grant grant = codes.redeem(form.get("code")).orElseThrow(EsiaCode.INVALID_GRANT::error);
        if (!grant.clientId().equals(form.get("client_id")) || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            throw EsiaCode.INVALID_GRANT.error();
        }
        EsiaPerson person = persons.find(grant.oid()).orElseThrow(EsiaCode.INVALID_GRANT::error);
        log.tokenVerified(mode.name());
        GostTokenIssuer.Tokens tokens = issuer.issue(grant.clientId(), grant.scope(), person);
        LOG.info(() -> "GOST tokens (v3/te) issued to " + grant.clientId() + " for oid " + grant.oid());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.accessToken());
        body.put("id_token", tokens.idToken());
        body.put("state", form.get("state"));
        body.put("token_type", "Bearer");
        body.put("expires_in", tokens.expiresIn());
        return body;
    }
}
