package org.zhurnal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.journal.domain.FinalMarks.Weighted;

class FinalMarksTest {

    @Test
    void roundsAtTheRegulationsBoundaries() {
        assertThat(FinalMarks.round(new BigDecimal("4.50"))).isEqualTo(5);
        assertThat(FinalMarks.round(new BigDecimal("4.49"))).isEqualTo(4);
        assertThat(FinalMarks.round(new BigDecimal("3.50"))).isEqualTo(4);
        assertThat(FinalMarks.round(new BigDecimal("3.49"))).isEqualTo(3);
        assertThat(FinalMarks.round(new BigDecimal("2.50"))).isEqualTo(3);
        assertThat(FinalMarks.round(new BigDecimal("2.49"))).isEqualTo(2);
    }

    @Test
    void controlWorksWeighMoreInTheAverage() {
        List<Weighted> marks = List.of(w(5, "1"), w(5, "1"), w(3, "2"));
        assertThat(FinalMarks.average(marks)).contains(new BigDecimal("4.00"));
        assertThat(FinalMarks.proposed(marks, false)).contains(4);
    }

    @Test
    void tooFewMarksIsNotAttested() {
        assertThat(FinalMarks.proposed(List.of(w(5, "1"), w(5, "1")), false)).isEmpty();
        assertThat(FinalMarks.proposed(List.of(w(5, "1"), w(5, "1"), w(4, "1"), w(4, "1"), w(5, "1")), true)).isEmpty();
        assertThat(FinalMarks.proposed(List.of(w(5, "1"), w(5, "1"), w(4, "1")), false)).contains(5);
        assertThat(FinalMarks.average(List.of())).isEmpty();
    }

    private static Weighted w(int value, String weight) {
        return new Weighted(value, new BigDecimal(weight));
    }
}
