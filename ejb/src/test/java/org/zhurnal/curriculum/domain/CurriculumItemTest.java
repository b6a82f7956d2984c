package org.zhurnal.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CurriculumItemTest {

    @Test
    void hoursAWeekAreHoursAYearOverThirtyFourWeeks() {
        assertThat(CurriculumItem.hoursPerWeek(5, 170)).isEqualTo(new BigDecimal("5.0"));
        assertThat(CurriculumItem.hoursPerWeek(11, 102)).isEqualTo(new BigDecimal("3.0"));
        assertThat(CurriculumItem.hoursPerWeek(7, 51)).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void theFirstGradeHasThirtyThreeWeeks() {
        assertThat(CurriculumItem.hoursPerWeek(1, 165)).isEqualTo(new BigDecimal("5.0"));
        assertThat(CurriculumItem.hoursPerWeek(1, 132)).isEqualTo(new BigDecimal("4.0"));
        assertThat(CurriculumItem.hoursPerWeek(2, 132)).isEqualTo(new BigDecimal("3.9"));
    }

    @Test
    void hoursAWeekAreRoundedHalfUpToOneDecimal() {
        assertThat(CurriculumItem.hoursPerWeek(5, 35)).isEqualTo(new BigDecimal("1.0"));
        assertThat(CurriculumItem.hoursPerWeek(5, 17)).isEqualTo(new BigDecimal("0.5"));
        assertThat(CurriculumItem.hoursPerWeek(5, 85)).isEqualTo(new BigDecimal("2.5"));
        assertThat(CurriculumItem.hoursPerWeek(5, 86)).isEqualTo(new BigDecimal("2.5"));
        assertThat(CurriculumItem.hoursPerWeek(5, 88)).isEqualTo(new BigDecimal("2.6"));
        assertThat(CurriculumItem.hoursPerWeek(1, 50)).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void anItemKnowsItsOwnHoursAWeek() {
        CurriculumItem item = new CurriculumItem(1L, 1, 2L, 66);
        assertThat(item.hoursPerWeek()).isEqualTo(new BigDecimal("2.0"));
    }
}
