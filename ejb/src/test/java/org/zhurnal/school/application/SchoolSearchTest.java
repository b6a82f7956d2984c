package org.zhurnal.school.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;

class SchoolSearchTest {

    @Test
    void sizeIsOneToAHundredAndPageFromZero() {
        assertThat(new SchoolSearch(null, null, 0, 1).size()).isEqualTo(1);
        assertThat(new SchoolSearch(null, null, 3, 100).offset()).contains(300);
        assertThatThrownBy(() -> new SchoolSearch(null, null, 0, 0)).satisfies(e -> field(e, "size"));
        assertThatThrownBy(() -> new SchoolSearch(null, null, 0, 101)).satisfies(e -> field(e, "size"));
        assertThatThrownBy(() -> new SchoolSearch(null, null, -1, 20)).satisfies(e -> field(e, "page"));
    }

    @Test
    void aPageBeyondAnyResultHasNoOffset() {
        assertThat(new SchoolSearch(null, null, Integer.MAX_VALUE, 100).offset()).isEmpty();
    }

    @Test
    void digitsMayStartAnInnAndBlankTextMeansNoFilter() {
        assertThat(new SchoolSearch(" 2460 ", null, 0, 20).textIsInnPrefix()).isTrue();
        assertThat(new SchoolSearch("Лицей", null, 0, 20).textIsInnPrefix()).isFalse();
        assertThat(new SchoolSearch("  ", null, 0, 20).textFilter()).isEmpty();
    }

    private static void field(Throwable e, String expected) {
        assertThat(((BusinessException) e).field()).contains(expected);
    }
}
