package org.zhurnal.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightedAverageTest {

    @Test
    void weighsEachMarkAndBothHalvesOfADoubleMarkToTwoDecimals() {
        WeightedAverage average = new WeightedAverage()
                .add(5, null, new BigDecimal("1.00"))
                .add(3, null, new BigDecimal("2.00"))
                .add(5, 4, new BigDecimal("1.00"));
        // (5 + 6 + 5 + 4) / (1 + 2 + 1 + 1) = 20 / 5
        assertThat(average.value()).contains(new BigDecimal("4.00"));
        assertThat(new WeightedAverage().add(5, null, BigDecimal.ONE).add(4, null, new BigDecimal("2"))
                .add(4, null, BigDecimal.ONE).value()).contains(new BigDecimal("4.25"));
        assertThat(new WeightedAverage().add(5, null, BigDecimal.ONE).add(4, null, BigDecimal.ONE)
                .add(4, null, BigDecimal.ONE).value()).as("4.333… rounds down").contains(new BigDecimal("4.33"));
        assertThat(new WeightedAverage().add(5, null, new BigDecimal("1.5")).add(2, null, BigDecimal.ONE)
                .add(2, null, new BigDecimal("1.5")).value()).as("half up: 3.125 → 3.13").contains(new BigDecimal("3.13"));
    }

    @Test
    void noMarksNoAverage() {
        assertThat(new WeightedAverage().value()).isEmpty();
    }
}
