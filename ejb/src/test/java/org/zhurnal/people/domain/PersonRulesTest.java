package org.zhurnal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhurnal.shared.text.TextRule;

class PersonRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Смирнов", "Салтыков-Щедрин", "Д'Артаньян", "О’Коннор", "Ли Мин", "фон Штейн.", "Ёлкин",
            "Jos\u0065\u0301", "\uD801\uDC00bc"})
    void lettersMarksAndTheUsualPunctuationMakeAName(String name) {
        assertThat(PersonRules.isName(name)).isTrue();
        assertThat(PersonRules.surname(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-Смирнов", " Смирнов", "'Смирнов", "Смирнов1", "Смир_нов", "Смирнов!"})
    void anythingElseIsNotAName(String name) {
        assertThat(PersonRules.isName(name)).isFalse();
    }

    @Test
    void aNameIsCleanedBeforeItIsChecked() {
        assertThat(PersonRules.surname("  Смирнов \t  Петров\u00A0")).isEqualTo("Смирнов Петров");
        assertThatThrownBy(() -> PersonRules.surname("Смирнов2")).hasMessage("Допустимы только буквы, пробел, дефис и апостроф");
    }

    @Test
    void cleaningCollapsesBlanksOnlyWhereThereAreRuns() {
        assertThat(TextRule.clean("Ли Мин")).isEqualTo("Ли Мин");
        assertThat(TextRule.clean("Ли  Мин")).isEqualTo("Ли Мин");
        assertThat(TextRule.clean("Ли\tМин")).isEqualTo("Ли Мин");
        assertThat(TextRule.clean("Ли\r\n Мин")).isEqualTo("Ли Мин");
        assertThat(TextRule.clean(" \u00A0Ли\u00A0\u00A0Мин ")).isEqualTo("Ли Мин");
        assertThat(TextRule.clean(null)).isEmpty();
    }
}
