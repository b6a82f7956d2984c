package org.zhurnal.classes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class ClassNameTest {

    @Test
    void gradeAndLetterMakeTheName() {
        assertThat(ClassName.of(5, "А")).hasToString("5А");
        assertThat(ClassName.of(11, "б").letter()).isEqualTo("Б");
        assertThat(ClassName.of(10, " и т ").letter()).as("blanks go, letters are upper-cased").isEqualTo("ИТ");
        assertThat(ClassName.of(1, "ё").letter()).isEqualTo("Ё");
        assertThat(ClassName.of(7, "а")).isEqualTo(ClassName.of(7, "А"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 12, -1})
    void gradesRunFromOneToEleven(int grade) {
        assertThatThrownBy(() -> ClassName.of(grade, "А")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Параллель — число от 1 до 11").satisfies(e -> field(e, "grade"));
    }

    @Test
    void aMissingGradeOrLetterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ClassName.of(null, "А")).satisfies(e -> field(e, "grade"));
        assertThatThrownBy(() -> ClassName.of(5, null)).hasMessage("Укажите букву класса").satisfies(e -> field(e, "letter"));
        assertThatThrownBy(() -> ClassName.of(5, "  ")).satisfies(e -> field(e, "letter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"АБВГ", "А-1", "5«А»", "A.B"})
    void lettersAreUpToThreeLettersOrDigits(String letter) {
        assertThatThrownBy(() -> ClassName.of(5, letter)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> field(e, "letter"));
    }

    private static void field(Throwable refusal, String field) {
        assertThat(((BusinessException) refusal).field()).contains(field);
    }
}
