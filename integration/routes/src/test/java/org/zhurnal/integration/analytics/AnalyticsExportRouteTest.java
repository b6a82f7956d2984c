package org.zhurnal.integration.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhurnal.federal.application.AnalyticsExports;
import org.zhurnal.integration.camel.TestCamel;

/** The schedule of the analytics export: checks on every tick, a failed export is tried again at the next one. */
class AnalyticsExportRouteTest {

    final AtomicInteger checks = new AtomicInteger();
    final AtomicInteger written = new AtomicInteger();
    DefaultCamelContext camel;

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aFailedExportIsTriedAgainAndAWrittenDateIsNotWrittenTwice() throws Exception {
        AnalyticsExports exports = new AnalyticsExports() {
            @Override
            public Optional<LocalDate> exportYesterdayIfMissing() {
                if (checks.incrementAndGet() == 1) {
                    throw new IllegalStateException("database down");
                }
                return written.getAndIncrement() == 0 ? Optional.of(LocalDate.of(2026, 11, 21)) : Optional.empty();
            }
        };
        camel = TestCamel.context(new Properties());
        camel.addRoutes(AnalyticsExportRoute.with(exports, 20, 0));
        NotifyBuilder ticks = new NotifyBuilder(camel).fromRoute(AnalyticsExportRoute.ROUTE_ID).whenDone(4).create();
        camel.start();

        assertThat(ticks.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(checks.get()).isGreaterThanOrEqualTo(4);
        assertThat(written.get()).isGreaterThanOrEqualTo(3);
        assertThat(TestCamel.deadLetters(camel).getReceivedCounter()).isZero();
    }
}
