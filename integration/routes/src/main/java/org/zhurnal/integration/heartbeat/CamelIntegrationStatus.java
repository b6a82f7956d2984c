package org.zhurnal.integration.heartbeat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.integration.camel.CamelBootstrap;
import org.zhurnal.operations.application.IntegrationStatus;
import org.zhurnal.operations.application.RouteHeartbeats;

/** The integration runtime's health as Camel and the heartbeat table see it. */
@ApplicationScoped
public class CamelIntegrationStatus implements IntegrationStatus {

    @Inject
    CamelBootstrap camel;

    @Inject
    RouteHeartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "zhurnal.integration.heartbeat-period-ms")
    long heartbeatPeriodMs;

    @Override
    public boolean healthy() {
        CamelContext context = camel.context();
        return context.getStatus() == ServiceStatus.Started
                && context.getRoutes().stream().allMatch(route -> running(status(context, route)))
                && heartbeatFresh();
    }

    @Override
    public Map<String, String> details() {
        CamelContext context = camel.context();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("context", context.getStatus().name());
        for (Route route : context.getRoutes()) {
            details.put("route." + route.getRouteId(), status(context, route).name());
        }
        details.put("heartbeat", heartbeatFresh() ? "fresh" : "stale");
        return details;
    }

    private boolean heartbeatFresh() {
        return heartbeats.isFresh(HeartbeatRoute.ROUTE_ID, Duration.ofMillis(3 * heartbeatPeriodMs));
    }

    /** Started, or suspended on purpose by an operator (paused on the exchange screen; shown in the details). */
    private static boolean running(ServiceStatus status) {
        return status == ServiceStatus.Started || status == ServiceStatus.Suspended;
    }

    private static ServiceStatus status(CamelContext context, Route route) {
        return context.getRouteController().getRouteStatus(route.getRouteId());
    }
}
