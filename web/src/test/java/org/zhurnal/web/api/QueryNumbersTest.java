package org.zhurnal.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class QueryNumbersTest {

    @Test
    void missingOrBlankMeansTheDefault() {
        assertThat(QueryNumbers.intOr(null, 20, "size")).isEqualTo(20);
        assertThat(QueryNumbers.intOr(" ", 20, "size")).isEqualTo(20);
        assertThat(QueryNumbers.longOrNull("", "municipalityId")).isNull();
    }

    @Test
    void numbersAreRead() {
        assertThat(QueryNumbers.intOr(" 3 ", 0, "page")).isEqualTo(3);
        assertThat(QueryNumbers.longOrNull("12", "municipalityId")).isEqualTo(12L);
    }

    @Test
    void anythingElseIsA400NamingTheParameter() {
        assertThatThrownBy(() -> QueryNumbers.intOr("abc", 20, "size"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("size"));
        assertThatThrownBy(() -> QueryNumbers.intOr("99999999999", 0, "page"))
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("page"));
    }
}
