package org.zhurnal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;

class TextRuleTest {

    private final TextRule rule = new TextRule("name", 5, "Укажите название", "Не длиннее 5 символов");

    @Test
    void blanksAreTrimmedAndCollapsed() {
        assertThat(rule.required("  а\u00A0 б\tв ")).isEqualTo("а б в");
        assertThat(rule.optional("   ")).isNull();
    }

    @Test
    void missingAndTooLongAreRefusedNamingTheField() {
        assertThatThrownBy(() -> rule.required(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Укажите название");
        assertThatThrownBy(() -> rule.optional("абвгде")).hasMessage("Не длиннее 5 символов");
        assertThat(rule.required("абвгд")).isEqualTo("абвгд");
    }
}
