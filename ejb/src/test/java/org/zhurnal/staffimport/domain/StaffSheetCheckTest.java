package org.zhurnal.staffimport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.security.PersonName;

class StaffSheetCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final String SNILS_1 = "112-233-445 95";
    static final String SNILS_2 = "12345678964";

    @Test
    void aGoodRowBecomesAPersonAndPositions() {
        StaffSheetCheck check = check(row(2, "Иванова", "Мария", "Петровна", "05.03.1985", SNILS_1, "учитель, директор"));
        assertThat(check.errors()).isEmpty();
        CheckedStaffRow row = check.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.person().name()).isEqualTo(new PersonName("Иванова", "Мария", "Петровна"));
        assertThat(row.person().birthDate()).isEqualTo(LocalDate.of(1985, 3, 5));
        assertThat(row.person().snils()).isEqualTo(Snils.parse("11223344595"));
        assertThat(row.positions()).containsExactlyInAnyOrder(Position.TEACHER, Position.DIRECTOR);
        assertThat(check.snils()).containsExactly(Snils.parse(SNILS_1));
    }

    @Test
    void patronymicAndBirthDateMayBeEmptyAndDatesMayBeShortOrIso() {
        assertThat(check(row(2, "Смит", "Анна", "", "", SNILS_1, "учитель")).rows().get(0).person().birthDate()).isNull();
        assertThat(check(row(2, "Смит", "Анна", "", "5.3.1985", SNILS_1, "учитель")).rows().get(0).person().birthDate())
                .isEqualTo(LocalDate.of(1985, 3, 5));
        assertThat(check(row(2, "Смит", "Анна", "", "1985-03-05", SNILS_1, "учитель")).rows().get(0).person().birthDate())
                .isEqualTo(LocalDate.of(1985, 3, 5));
    }

    @Test
    void badDatesAreReportedInTheirColumn() {
        assertThat(errors(row(7, "Иванова", "Мария", "", "31.02.1985", SNILS_1, "учитель")))
                .containsExactly(new RowError(7, "Дата рождения", "Дата рождения — в формате ДД.ММ.ГГГГ, например 05.03.1985"));
        assertThat(errors(row(7, "Иванова", "Мария", "", "1985/03/05", SNILS_1, "учитель"))).hasSize(1);
        assertThat(errors(row(7, "Иванова", "Мария", "", "05.03.2027", SNILS_1, "учитель")))
                .containsExactly(new RowError(7, "Дата рождения", "Проверьте дату рождения"));
    }

    @Test
    void badSnilsIsReportedAndLostLeadingZerosAreRestored() {
        assertThat(errors(row(3, "Иванова", "Мария", "", "", "112-233-445 96", "учитель")))
                .containsExactly(new RowError(3, "СНИЛС", "Неверный СНИЛС: проверьте номер"));
        assertThat(errors(row(3, "Иванова", "Мария", "", "", "", "учитель")))
                .containsExactly(new RowError(3, "СНИЛС", "Укажите СНИЛС"));
        String leadingZero = "01234567800";
        String valid = leadingZero.substring(0, 9) + String.format("%02d", Snils.checksum(leadingZero.substring(0, 9)));
        assertThat(check(row(3, "Иванова", "Мария", "", "", valid.substring(1), "учитель")).rows().get(0).person().snils())
                .isEqualTo(Snils.parse(valid));
    }

    @Test
    void everyProblemOfARowIsReportedEachInItsColumn() {
        assertThat(errors(row(4, "", "Мария2", "", "вчера", "123", "завхоз")))
                .extracting(RowError::row, RowError::field)
                .containsExactly(tuple(4, "Фамилия"), tuple(4, "Имя"), tuple(4, "Дата рождения"), tuple(4, "СНИЛС"),
                        tuple(4, "Должности"));
        assertThat(errors(row(4, "Иванова", "Мария", "Петровна", "", SNILS_1, "завхоз")).get(0).message())
                .startsWith("Неизвестная должность: «завхоз»");
    }

    @Test
    void theSamePersonTwiceAndOneSnilsForTwoPeopleAreReportedOnTheLaterRow() {
        StaffSheetCheck check = check(
                row(2, "Иванова", "Мария", "Петровна", "05.03.1985", SNILS_1, "учитель"),
                row(3, "Петров", "Иван", "", "", SNILS_2, "учитель"),
                row(4, "ИВАНОВА", "мария", "Петровна", "05.03.1985", "11223344595", "директор"),
                row(5, "Сидоров", "Олег", "", "", SNILS_2, "учитель"));
        assertThat(check.errors()).containsExactly(
                new RowError(4, "СНИЛС", "Сотрудник уже указан в строке 2: перечислите все его должности в одной "
                        + "строке через запятую"),
                new RowError(5, "СНИЛС", "Этот СНИЛС уже указан в строке 3 у другого человека"));
        assertThat(check.rows()).extracting(CheckedStaffRow::row).containsExactly(2, 3);
    }

    @Test
    void aSnilsOnTheCardOfSomebodyElseIsReported() {
        StaffSheetCheck check = check(row(2, "Иванова", "Мария", "", "", SNILS_1, "учитель"),
                row(3, "Петров", "Иван", "", "", SNILS_2, "учитель"));
        Person ivanova = Person.register(new PersonName("Иванова", "Мария", "Петровна"), null, null, null, TODAY);
        Person other = Person.register(new PersonName("Кузнецов", "Иван", null), null, null, null, TODAY);
        check.compareWith(Map.of(Snils.parse(SNILS_1), ivanova, Snils.parse(SNILS_2), other));
        assertThat(check.errors()).containsExactly(new RowError(3, "СНИЛС", StaffSheetCheck.SNILS_OF_ANOTHER));
    }

    private static StaffSheetCheck check(StaffSheetRow... rows) {
        return StaffSheetCheck.of(List.of(rows), TODAY);
    }

    private static List<RowError> errors(StaffSheetRow row) {
        return check(row).errors();
    }

    static StaffSheetRow row(int number, String surname, String givenName, String patronymic, String birthDate,
                             String snils, String positions) {
        return new StaffSheetRow(number, surname, givenName, patronymic, birthDate, snils, positions);
    }
}
