package org.zhurnal.integration.analytics;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.federal.application.AnalyticsExports;

/**
 * The nightly analytics export (issue 7, part 4): every {@code zhurnal.analytics.check-period-ms} the route
 * exports yesterday (region time) unless its files are in the outbox already, so a server that was down at night
 * catches up, and a failed run is tried again at the next check. Off with {@code zhurnal.analytics.enabled=false}.
 */
@Dependent
public class AnalyticsExportRoute extends RouteBuilder {

    public static final String ROUTE_ID = "analytics-export";
    private static final Logger LOG = Logger.getLogger(AnalyticsExportRoute.class.getName());

    @Inject
    AnalyticsExports exports;

    @Inject
    @ConfigProperty(name = "zhurnal.analytics.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "zhurnal.analytics.check-period-ms")
    long periodMs;

    @Inject
    @ConfigProperty(name = "zhurnal.analytics.first-check-ms")
    long firstCheckMs;

    /** The route built by hand (tests) instead of by CDI from configuration. */
    public static AnalyticsExportRoute with(AnalyticsExports exports, long periodMs, long firstCheckMs) {
        AnalyticsExportRoute route = new AnalyticsExportRoute();
        route.exports = exports;
        route.enabled = true;
        route.periodMs = periodMs;
        route.firstCheckMs = firstCheckMs;
        return route;
    }

    @Override
    public void configure() {
        if (!enabled) {
            return;
        }
        from("timer:" + ROUTE_ID + "?period=" + periodMs + "&delay=" + firstCheckMs)
                .routeId(ROUTE_ID)
                .onException(Exception.class).maximumRedeliveries(0).handled(true)
                    .process(exchange -> LOG.warning(() -> "analytics export failed, tried again at the next check: "
                            + exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getSimpleName()))
                .end()
                .process(exchange -> exports.exportYesterdayIfMissing()
                        .ifPresent(date -> LOG.info(() -> "analytics export written for " + date)));
    }
}
