package org.zhurnal.operations.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Serves the application's MicroProfile Health checks in the MicroProfile Health wire format at
 * {@code /health}, {@code /health/ready} and {@code /health/live}. WildFly does not register health checks
 * of EAR subdeployments on its management endpoint (WFLY-12835), so the application reports its own.
 */
@WebServlet({"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Inject
    @Any
    @Readiness
    transient Instance<HealthCheck> readiness;

    @Inject
    @Any
    @Liveness
    transient Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthCheck> checks = switch (path) {
            case "", "/" -> Stream.concat(liveness.stream(), readiness.stream()).toList();
            case "/ready" -> readiness.stream().toList();
            case "/live" -> liveness.stream().toList();
            default -> null;
        };
        if (checks == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = call(check);
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            results.add(toJson(result));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN").add("checks", results).build().toString());
    }

    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health check " + check.getClass().getName() + " failed", e);
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
        }
    }

    private static JsonObjectBuilder toJson(HealthCheckResponse result) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", result.getName())
                .add("status", result.getStatus().name());
        result.getData().filter(data -> !data.isEmpty()).ifPresent(data -> {
            JsonObjectBuilder details = Json.createObjectBuilder();
            data.forEach((key, value) -> details.add(key, String.valueOf(value)));
            json.add("data", details);
        });
        return json;
    }
}
