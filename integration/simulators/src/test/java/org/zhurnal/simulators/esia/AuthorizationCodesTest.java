package org.zhurnal.simulators.esia;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationCodesTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-09-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final AuthorizationCodes codes = new AuthorizationCodes(clock, Duration.ofSeconds(60));

    @Test
    void codeIsRedeemableOnceWithinItsLifetime() {
        String code = codes.issue("c", "http://rp/cb", "openid", 1000003);
        clock.now = clock.now.plusSeconds(59);

        assertThat(codes.redeem(code)).hasValueSatisfying(g -> assertThat(g.oid()).isEqualTo(1000003));
        assertThat(codes.redeem(code)).isEmpty();
    }

    @Test
    void expiredCodeIsRefused() {
        String code = codes.issue("c", "http://rp/cb", "openid", 1000003);
        clock.now = clock.now.plusSeconds(60);

        assertThat(codes.redeem(code)).isEmpty();
    }

    @Test
    void codesAreRandomAndUnguessable() {
        String first = codes.issue("c", "http://rp/cb", "openid", 1);
        String second = codes.issue("c", "http://rp/cb", "openid", 1);

        assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(43);
        assertThat(codes.redeem("guess")).isEmpty();
    }
}
