package org.zhurnal.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void aConfiguredStartMovesTheClockThereAndItRunsOn() {
        Clock clock = ClockProducer.startingAt("2027-05-26T03:00:00Z");
        Instant first = clock.instant();
        assertThat(Duration.between(Instant.parse("2027-05-26T03:00:00Z"), first)).isBetween(Duration.ZERO,
                Duration.ofMinutes(1));
        assertThat(clock.instant()).isAfterOrEqualTo(first);
    }

    @Test
    void aStartThatIsNoInstantStopsTheServerWithTheSettingNamed() {
        assertThatThrownBy(() -> ClockProducer.startingAt("26.05.2027")).hasMessageContaining("ZHURNAL_CLOCK_START");
    }
}
