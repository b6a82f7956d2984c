package org.zhurnal.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's clock. Every time rule (deadlines, retention, invite expiry) takes its "now" from
 * an injected {@link Clock} so tests can fix or move time; production uses the UTC system clock.
 * {@code ZHURNAL_CLOCK_START} (an ISO instant) starts the clock at that instant when the server starts and
 * lets it run on from there: for benchmarks and demonstrations on a generated school year, never in
 * production. It is logged at start.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "zhurnal.clock.start")
    Optional<String> start;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return start.filter(s -> !s.isBlank()).map(ClockProducer::startingAt).orElseGet(Clock::systemUTC);
    }

    static Clock startingAt(String instant) {
        try {
            Instant at = Instant.parse(instant.trim());
            LOG.warning(() -> "The application clock starts at " + at + " (ZHURNAL_CLOCK_START), not at the real time");
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("ZHURNAL_CLOCK_START must be an ISO instant such as 2027-05-26T03:00:00Z", e);
        }
    }
}
