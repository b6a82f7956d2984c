package org.zhurnal.journal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The proposed final mark (итоговая отметка) from a weighted average: 4.50–5.00 → 5, 3.50–4.49 → 4,
 * 2.50–3.49 → 3, below → 2. A student with fewer marks than the period needs (3 a quarter or trimester,
 * 6 a half-year) is not attested (н/а) unless the teacher decides otherwise with a reason.
 */
public final class FinalMarks {

    /** One mark (each half of a double mark counts as one) and its weight. */
    public record Weighted(int value, BigDecimal weight) {
    }

    private FinalMarks() {
    }

    /** The weighted average rounded to two places, or empty without marks. */
    public static Optional<BigDecimal> average(List<Weighted> marks) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted mark : marks) {
            sum = sum.add(mark.weight().multiply(BigDecimal.valueOf(mark.value())));
            weights = weights.add(mark.weight());
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights, 2, RoundingMode.HALF_UP));
    }

    public static int round(BigDecimal average) {
        if (average.compareTo(new BigDecimal("4.50")) >= 0) {
            return 5;
        }
        if (average.compareTo(new BigDecimal("3.50")) >= 0) {
            return 4;
        }
        return average.compareTo(new BigDecimal("2.50")) >= 0 ? 3 : 2;
    }

    /** The fewest marks a period of this many months needs: 6 for a half-year, 3 for a shorter period. */
    public static int minimumMarks(boolean halfYear) {
        return halfYear ? 6 : 3;
    }

    /** The proposed mark, or empty for н/а (too few marks or none). */
    public static Optional<Integer> proposed(List<Weighted> marks, boolean halfYear) {
        if (marks.size() < minimumMarks(halfYear)) {
            return Optional.empty();
        }
        return average(marks).map(FinalMarks::round);
    }
}
