package org.zhurnal.shared.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;

class PageWindowTest {

    @Test
    void aPageIsFromZeroAndASizeFromOneToAHundred() {
        assertThat(new PageWindow(2, 20).offset()).contains(40);
        assertThatThrownBy(() -> new PageWindow(-1, 20)).satisfies(e -> field(e, "page"));
        assertThatThrownBy(() -> new PageWindow(0, 0)).satisfies(e -> field(e, "size"));
        assertThatThrownBy(() -> new PageWindow(0, 101)).hasMessage("Размер страницы — от 1 до 100");
    }

    @Test
    void aPageAtOrPastTheEndNeedsNoQuery() {
        assertThat(new PageWindow(0, 20).isBeyond(0)).isTrue();
        assertThat(new PageWindow(0, 20).isBeyond(1)).isFalse();
        assertThat(new PageWindow(1, 20).isBeyond(20)).isTrue();
        assertThat(new PageWindow(Integer.MAX_VALUE, 100).isBeyond(Long.MAX_VALUE)).isTrue();
    }

    private static void field(Throwable e, String expected) {
        assertThat(((BusinessException) e).field()).contains(expected);
    }
}
