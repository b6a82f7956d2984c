package org.zhurnal.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's clock. Every time rule (deadlines, retention, invite expiry) takes its "now" from
 * an injected {@link Clock} so tests can fix or move time; production uses the UTC system clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
