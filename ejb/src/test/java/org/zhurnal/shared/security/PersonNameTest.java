package org.zhurnal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void fullNameIsSurnameGivenNamePatronymic() {
        assertThat(new PersonName("Иванова", "Мария", "Петровна").full()).isEqualTo("Иванова Мария Петровна");
    }

    @Test
    void missingPartsAreSkippedAndBlanksTrimmed() {
        assertThat(new PersonName(" Смит ", "Джон", null).full()).isEqualTo("Смит Джон");
        assertThat(new PersonName("Смит", "Джон", "  ").patronymic()).isEmpty();
    }
}
