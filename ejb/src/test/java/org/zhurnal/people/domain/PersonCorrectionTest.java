package org.zhurnal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.PersonName;

class PersonCorrectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final PersonNameChange.Author AUTHOR = new PersonNameChange.Author(Instant.parse("2026-11-22T10:00:00Z"),
            "issuer", "subject", 7L);

    /** A stored card (JPA gives the id). */
    private static Person anna() throws ReflectiveOperationException {
        Person person = Person.register(new PersonName("Петрова", "Анна", "Сергеевна"), LocalDate.of(2015, 4, 12),
                Sex.FEMALE, null, TODAY);
        Field id = Person.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(person, 31L);
        return person;
    }

    @Test
    void aCorrectionChangesTheCardAndKeepsTheValuesBeforeAndAfter() throws ReflectiveOperationException {
        Person person = anna();
        PersonNameChange change = person.correct(new PersonName(" Петрова-Орлова ", "Анна", ""), LocalDate.of(2015, 4, 21),
                "  Свидетельство № 7 ", AUTHOR, TODAY).orElseThrow();
        assertThat(person.displayName()).isEqualTo("Петрова-Орлова Анна");
        assertThat(person.birthDate()).contains(LocalDate.of(2015, 4, 21));
        assertThat(change.before().full()).isEqualTo("Петрова Анна Сергеевна");
        assertThat(change.birthDateBefore()).contains(LocalDate.of(2015, 4, 12));
        assertThat(change.after().full()).isEqualTo("Петрова-Орлова Анна");
        assertThat(change.reason()).isEqualTo("Свидетельство № 7");
        assertThat(change.personId()).isEqualTo(31L);
        assertThat(change.toString()).doesNotContain("Петрова");
    }

    @Test
    void theSameValuesChangeNothingAndWrongOnesAreRefusedNamingTheField() throws ReflectiveOperationException {
        Person person = anna();
        assertThat(person.correct(new PersonName("Петрова", "Анна", "Сергеевна"), LocalDate.of(2015, 4, 12), "Проверка",
                AUTHOR, TODAY)).isEmpty();
        assertThatThrownBy(() -> person.correct(new PersonName("Петрова", "", ""), null, "Причина", AUTHOR, TODAY))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field())
                        .contains("givenName"));
        assertThatThrownBy(() -> person.correct(new PersonName("Петрова", "Анна", ""), TODAY.plusDays(1), "Причина",
                AUTHOR, TODAY)).satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("birthDate"));
        assertThatThrownBy(() -> person.correct(new PersonName("Орлова", "Анна", ""), null, "", AUTHOR, TODAY))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("reason"));
        assertThat(person.displayName()).isEqualTo("Петрова Анна Сергеевна");
    }
}
