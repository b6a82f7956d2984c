package org.zhurnal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class ContactsTest {

    @ParameterizedTest
    @ValueSource(strings = {"8 (913) 123-45-67", "+7 913 123 45 67", "9131234567", "79131234567", " +79131234567 "})
    void russianPhonesBecomePlusSeven(String typed) {
        assertThat(Contacts.typed(typed, null).phone()).isEqualTo("+79131234567");
    }

    @Test
    void otherCountriesKeepTheirCode() {
        assertThat(Contacts.typed("+375 29 123-45-67", null).phone()).isEqualTo("+375291234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "8 913 12", "телефон", "+7 913 123 45 678", "12345678901"})
    void otherPhonesAreRefused(String typed) {
        assertThatThrownBy(() -> Contacts.typed(typed, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("phone"));
    }

    @Test
    void emailsAreCheckedAndBlanksMeanNone() {
        assertThat(Contacts.typed(" ", " ")).isEqualTo(Contacts.NONE);
        assertThat(Contacts.typed(null, " petrov@example.ru ").email()).isEqualTo("petrov@example.ru");
        assertThatThrownBy(() -> Contacts.typed(null, "petrov@example"))
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("email"));
        assertThatThrownBy(() -> Contacts.typed(null, "petrov example.ru")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theyAreNeverPrinted() {
        assertThat(Contacts.typed("89131234567", "petrov@example.ru").toString()).doesNotContain("913", "petrov");
    }
}
