package org.zhurnal.studentimport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.file.StudentSheetReader;

class StudentSheetCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String HEADER = "Класс;Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ);Пол;СНИЛС;"
            + "Представитель 1: кем приходится;Представитель 1: фамилия;Представитель 1: имя;Представитель 1: отчество;"
            + "Представитель 1: СНИЛС;Представитель 1: телефон;Представитель 1: эл. почта\r\n";
    private static final String ANNA = "5 а;Петрова;Анна;Сергеевна;12.04.2015;Ж;112-233-445 95;"
            + "отец;Петров;Сергей;Николаевич;123-456-789 64;8 (913) 123-45-67;petrov@example.ru\r\n";
    private static final String IVAN = "5А;Петров;Иван;Сергеевич;01.02.2016;м;987-654-321 83;"
            + "Отец;Петров;Сергей;Николаевич;12345678964;;\r\n";

    private static StudentSheetCheck check(String text) {
        return StudentSheetCheck.of(StudentSheetReader.read(StaffFileFormat.CSV,
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    @Test
    void aGoodRowGivesTheStudentAndTheirRepresentativeWithTheClassCleaned() {
        StudentSheetCheck check = check(HEADER + ANNA);
        assertThat(check.errors()).isEmpty();
        CheckedStudentRow row = check.validRows().get(0);
        assertThat(row.className()).isEqualTo("5А");
        assertThat(row.sex()).isEqualTo(Sex.FEMALE);
        assertThat(row.student().birthDate()).isEqualTo(LocalDate.of(2015, 4, 12));
        assertThat(row.representatives()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(GuardianKind.FATHER);
            assertThat(r.contacts().phone()).isEqualTo("+79131234567");
            assertThat(r.person().snils()).isEqualTo(Snils.parse("12345678964"));
        });
        assertThat(row.toString()).doesNotContain("Петрова");
        assertThat(check.snils()).hasSize(2);
    }

    @Test
    void everyProblemOfARowNamesItsColumnInRussian() {
        StudentSheetCheck check = check(HEADER + "13Я;;Анна;;31.02.2015;X;123-456-789 00;"
                + "дядя;Петров;;;;12;почта\r\n");
        assertThat(check.validRows()).isEmpty();
        assertThat(check.errors()).extracting(RowError::row, RowError::field).containsExactly(
                tuple(2, "Класс"), tuple(2, "Фамилия"), tuple(2, "Дата рождения"), tuple(2, "СНИЛС"), tuple(2, "Пол"),
                tuple(2, "Представитель 1: кем приходится"), tuple(2, "Представитель 1: имя"),
                tuple(2, "Представитель 1: СНИЛС"), tuple(2, "Представитель 1: телефон"),
                tuple(2, "Представитель 1: эл. почта"));
        assertThat(check.errors().get(3).message()).isEqualTo("Неверный СНИЛС: проверьте номер");
    }

    @Test
    void siblingsShareAParentButAStudentTwiceOrASnilsOfTwoPeopleIsRefused() {
        assertThat(check(HEADER + ANNA + IVAN).errors()).isEmpty();
        StudentSheetCheck twice = check(HEADER + ANNA + IVAN + ANNA
                + "5А;Сидоров;Олег;;01.02.2016;;987-654-321 83;;;;;;;\r\n");
        assertThat(twice.errors()).extracting(RowError::row, RowError::field, RowError::message).containsExactly(
                tuple(4, "СНИЛС", "Этот обучающийся уже указан в строке 2"),
                tuple(5, "СНИЛС", "Этот СНИЛС уже указан в строке 3 у другого человека"));
        assertThat(twice.validRows()).extracting(CheckedStudentRow::row).containsExactly(2, 3);
        assertThat(check(HEADER + ANNA + "5А;Орлов;Пётр;;01.02.2016;;123-456-789 64;;;;;;;\r\n").errors())
                .extracting(RowError::row, RowError::field)
                .containsExactly(tuple(2, "Представитель 1: СНИЛС"));
    }

    @Test
    void existingCardsClassesAndOtherClassesAreCheckedToo() {
        StudentSheetCheck check = check(HEADER + ANNA + IVAN.replace("5А", "7Б"));
        Person stranger = Person.register(new PersonName("Орлова", "Нина", ""), null, null, null, TODAY);
        check.compareWith(Map.of(Snils.parse("11223344595"), stranger));
        check.requireClasses(Set.of("5А"), "2026/2027");
        assertThat(check.errors()).extracting(RowError::row, RowError::field).containsExactly(
                tuple(2, "СНИЛС"), tuple(3, "Класс"));
        StudentSheetCheck moved = check(HEADER + ANNA);
        moved.refuseOtherClasses(Map.of(Snils.parse("11223344595"), "5Б"));
        assertThat(moved.errors()).singleElement().extracting(RowError::message).asString()
                .startsWith("Обучающийся уже числится в классе 5Б");
    }
}
