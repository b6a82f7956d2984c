package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * {@code GET /idp/ext/Logout?client_id=&redirect_url=}: ESIA's logout. The simulator keeps no session, so it only
 * sends the browser back to a registered address (or shows a page when none is given).
 */
final class LogoutEndpoint {

    static final String PATH = "/idp/ext/Logout";

    private static final Logger LOG = Logger.getLogger(LogoutEndpoint.class.getName());

    private final EsiaSimulatorConfig config;

    LogoutEndpoint(EsiaSimulatorConfig config) {
        this.config = config;
    }

    void handle(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "GET");
        var query = Http.query(exchange);
        String clientId = query.get("client_id");
        if (clientId != null && !clientId.equals(config.clientId())) {
            throw EsiaError.badRequest("invalid_request", "unknown client_id");
        }
        String target = query.get("redirect_url");
        if (target == null) {
            Http.html(exchange, 200, LoginPage.loggedOut());
            return;
        }
        if (!config.isAllowedRedirect(target)) {
            throw EsiaError.badRequest("invalid_request", "redirect_url is not registered");
        }
        LOG.fine("Logout redirect to a registered address");
        Http.redirect(exchange, target);
    }
}
