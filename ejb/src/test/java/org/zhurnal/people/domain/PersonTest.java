package org.zhurnal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.security.PersonName;

class PersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final ProtectedSnils SNILS = new ProtectedSnils(new byte[] {1}, new byte[] {2});

    @Test
    void aCardHasCleanedNamesAndADisplayName() {
        Person person = Person.register(new PersonName(" Кузнецов ", "Андрей", "Сергеевич"), LocalDate.of(1980, 5, 4),
                Sex.MALE, SNILS, TODAY);
        assertThat(person.displayName()).isEqualTo("Кузнецов Андрей Сергеевич");
        assertThat(person.birthDate()).contains(LocalDate.of(1980, 5, 4));
        assertThat(person.snils()).containsSame(SNILS);
    }

    @Test
    void patronymicBirthDateAndSexMayBeUnknown() {
        Person person = Person.register(new PersonName("Смит-Петрова", "Анна-Мария", null), null, null, SNILS, TODAY);
        assertThat(person.displayName()).isEqualTo("Смит-Петрова Анна-Мария");
        assertThat(person.birthDate()).isEmpty();
        assertThat(person.sex()).isEmpty();
    }

    @Test
    void surnameAndGivenNameAreRequiredAndMustBeNames() {
        assertThatThrownBy(() -> Person.register(new PersonName("", "Андрей", null), null, null, SNILS, TODAY))
                .hasMessage("Укажите фамилию").satisfies(e -> field(e, "surname"));
        assertThatThrownBy(() -> Person.register(new PersonName("Кузнецов", " ", null), null, null, SNILS, TODAY))
                .hasMessage("Укажите имя").satisfies(e -> field(e, "givenName"));
        assertThatThrownBy(() -> Person.register(new PersonName("Кузнецов2", "Андрей", null), null, null, SNILS, TODAY))
                .satisfies(e -> field(e, "surname"));
        assertThatThrownBy(() -> Person.register(new PersonName("Кузнецов", "Андрей", "<b>"), null, null, SNILS, TODAY))
                .satisfies(e -> field(e, "patronymic"));
    }

    @Test
    void theBirthDateMustBePlausible() {
        PersonName name = new PersonName("Кузнецов", "Андрей", null);
        assertThatThrownBy(() -> Person.register(name, TODAY.plusDays(1), null, SNILS, TODAY))
                .hasMessage("Проверьте дату рождения").satisfies(e -> field(e, "birthDate"));
        assertThatThrownBy(() -> Person.register(name, LocalDate.of(1899, 12, 31), null, SNILS, TODAY))
                .satisfies(e -> field(e, "birthDate"));
        assertThat(Person.register(name, TODAY, null, SNILS, TODAY).birthDate()).contains(TODAY);
    }

    @Test
    void aCardIsDescribedByTheSameNamesRegardlessOfCaseAndYo() {
        Person person = Person.register(new PersonName("Королёв", "Пётр", "Семёнович"), LocalDate.of(1970, 1, 2),
                null, SNILS, TODAY);
        assertThat(person.isDescribedBy(new PersonName("КОРОЛЕВ", "петр", "Семенович"), LocalDate.of(1970, 1, 2))).isTrue();
        assertThat(person.isDescribedBy(new PersonName("Королёв", "Пётр", null), null)).isTrue();
        assertThat(person.isDescribedBy(new PersonName("Королёва", "Пётр", null), null)).isFalse();
        assertThat(person.isDescribedBy(new PersonName("Королёв", "Павел", null), null)).isFalse();
        assertThat(person.isDescribedBy(new PersonName("Королёв", "Пётр", "Иванович"), null)).isFalse();
        assertThat(person.isDescribedBy(new PersonName("Королёв", "Пётр", null), LocalDate.of(1971, 1, 2))).isFalse();
    }

    private static void field(Throwable e, String expected) {
        assertThat(((BusinessException) e).field()).contains(expected);
    }
}
