package org.zhurnal.diary.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The weighted average of marks (средневзвешенный балл): Σ value × weight / Σ weight, to two decimals
 * (half up, as the journal shows it). Both halves of a double mark «5/4» count, each with the mark's weight.
 */
public final class WeightedAverage {

    private BigDecimal weighted = BigDecimal.ZERO;
    private BigDecimal weights = BigDecimal.ZERO;

    public WeightedAverage add(int value, Integer value2, BigDecimal weight) {
        addOne(value, weight);
        if (value2 != null) {
            addOne(value2, weight);
        }
        return this;
    }

    /** Empty while no mark was added. */
    public Optional<BigDecimal> value() {
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(weighted.divide(weights, 2, RoundingMode.HALF_UP));
    }

    private void addOne(int value, BigDecimal weight) {
        weighted = weighted.add(weight.multiply(BigDecimal.valueOf(value)));
        weights = weights.add(weight);
    }
}
