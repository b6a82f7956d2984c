package org.zhurnal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTest {

    @Test
    void aSoakRowSumsItsChunksAndKeepsTheWorstLatenciesAndTheMostHeap() {
        ScenarioResult first = new ScenarioResult("diary-week", 16, 3000, 30, 10, 40, 60, 0, 2.0, 300, Double.NaN);
        ScenarioResult second = new ScenarioResult("diary-week", 16, 1000, 30, 12, 35, 90, 2, 4.0, 420, Double.NaN);

        ScenarioResult soak = Soak.combined("diary-week, soak 60 s", List.of(first, second));

        assertThat(soak.requests()).isEqualTo(4000);
        assertThat(soak.seconds()).isEqualTo(60.0);
        assertThat(soak.requestsPerSecond()).isCloseTo(66.7, within(0.1));
        assertThat(soak.p50()).isEqualTo(12.0);
        assertThat(soak.p99()).isEqualTo(90.0);
        assertThat(soak.errors()).isEqualTo(2);
        assertThat(soak.cpuMsPerRequest()).isCloseTo((3000 * 2.0 + 1000 * 4.0) / 4000, within(1e-9));
        assertThat(soak.heapMb()).isEqualTo(420.0);
    }
}
