package org.zhurnal.integration.heartbeat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.zhurnal.operations.application.RouteHeartbeats;

/**
 * Proves the integration runtime works end to end: a timer fires, and the beat is written to the
 * database through the application service, so health checks and operators see routes really run.
 */
@Dependent
public class HeartbeatRoute extends RouteBuilder {

    public static final String ROUTE_ID = "heartbeat";

    @Inject
    RouteHeartbeats heartbeats;

    @Inject
    NodeName node;

    @Override
    public void configure() {
        from("timer:heartbeat?period={{zhurnal.integration.heartbeat-period-ms}}&delay=0")
                .routeId(ROUTE_ID)
                .process(exchange -> heartbeats.beat(ROUTE_ID, node.value()));
    }
}
