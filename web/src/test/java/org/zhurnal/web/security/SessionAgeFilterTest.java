package org.zhurnal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SessionAgeFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-22T01:00:00Z");

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        AtomicBoolean ended = new AtomicBoolean();
        HttpSession session = session(SIGNED_IN, ended);

        filterAt(SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1)).endIfTooOld(session);
        assertThat(ended).as("just before the limit").isFalse();

        filterAt(SIGNED_IN.plus(Duration.ofHours(12))).endIfTooOld(session);
        assertThat(ended).as("at the limit").isTrue();
    }

    @Test
    void noSessionNothingToEnd() {
        filterAt(SIGNED_IN).endIfTooOld(null);
    }

    private static SessionAgeFilter filterAt(Instant now) {
        return new SessionAgeFilter(Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));
    }

    /** The two things the filter asks of a session; anything else would be a mistake of the test. */
    private static HttpSession session(Instant created, AtomicBoolean ended) {
        return (HttpSession) Proxy.newProxyInstance(SessionAgeFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCreationTime" -> created.toEpochMilli();
                    case "invalidate" -> {
                        ended.set(true);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
