package org.zhurnal.integration.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhurnal.exchange.application.ContingentChange.EnrolStudent;
import org.zhurnal.exchange.application.ContingentChange.StudentTransfers;
import org.zhurnal.integration.registry.wire.RegistryRecord;
import org.zhurnal.people.domain.Sex;

class RegistryRecordMapperTest {

    final RegistryRecordMapper mapper = new RegistryRecordMapper();

    @Test
    void anArrivalBecomesAnEnrolmentWithAnUpperCaseLetter() {
        var change = (EnrolStudent) mapper.map(record("STUDENT_ARRIVED", "5", "а", "2015-03-14", "11223344595", "F"));
        assertThat(change.grade()).isEqualTo(5);
        assertThat(change.letter()).isEqualTo("А");
        assertThat(change.sex()).isEqualTo(Sex.FEMALE);
        assertThat(change.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(change.person().birthDate()).isEqualTo("2015-03-14");
        assertThat(change.toString()).doesNotContain("Смирнова").doesNotContain("11223344595");
    }

    @Test
    void aTransferNamesTheTargetClass() {
        var change = (StudentTransfers) mapper.map(record("STUDENT_TRANSFERRED", "6", "Б", null, "112-233-445 95", null));
        assertThat(change.grade()).isEqualTo(6);
        assertThat(change.snils()).isEqualTo("112-233-445 95");
    }

    @Test
    void refusalsSayWhatIsWrongInRussian() {
        assertThatThrownBy(() -> mapper.map(record("STUDENT_ARRIVED", "5", "A", "2015-03-14", "11223344595", null)))
                .hasMessage("Буква класса — от одной до трёх русских букв");
        assertThatThrownBy(() -> mapper.map(record("STUDENT_ARRIVED", "5", "А", "14.03.2015", "11223344595", null)))
                .hasMessage("Поле «дата рождения» — дата в формате ГГГГ-ММ-ДД");
        assertThatThrownBy(() -> mapper.map(record("STUDENT_ARRIVED", "5", "А", "2015-03-14", "11223344595", "X")))
                .hasMessage("Пол указывается как M или F");
        assertThatThrownBy(() -> mapper.map(record("STUDENT_LEFT", null, null, null, null, null)))
                .hasMessage("Не заполнено поле «СНИЛС»");
        assertThatThrownBy(() -> mapper.recordId(new RegistryRecord("R 1", null, null, null, null, null, null, null,
                null, null, null, null, null))).isInstanceOf(RecordRejectedException.class);
    }

    @Test
    void recordIdsInnsAndLettersAreCheckedCharacterByCharacter() {
        assertThat(mapper.recordId(new RegistryRecord("R-1.a_b:9", null, null, null, null, null, null, null, null, null,
                null, null, null))).isEqualTo("R-1.a_b:9");
        assertThatThrownBy(() -> mapper.recordId(new RegistryRecord("R-Ж", null, null, null, null, null, null, null,
                null, null, null, null, null))).isInstanceOf(RecordRejectedException.class);
        assertThatThrownBy(() -> mapper.recordId(new RegistryRecord("R".repeat(101), null, null, null, null, null, null,
                null, null, null, null, null, null))).isInstanceOf(RecordRejectedException.class);
        assertThat(((EnrolStudent) mapper.map(record("STUDENT_ARRIVED", "5", "ёЖя", "2015-03-14", "11223344595", null)))
                .letter()).isEqualTo("ЁЖЯ");
        assertThatThrownBy(() -> mapper.map(record("STUDENT_ARRIVED", "5", "АБВГ", "2015-03-14", "11223344595", null)))
                .hasMessage("Буква класса — от одной до трёх русских букв");
        assertThatThrownBy(() -> mapper.map(new RegistryRecord("R-1", "STUDENT_LEFT", "246600123", null, null, null, null,
                null, null, null, "11223344595", "2026-09-01", null))).hasMessage("ИНН школы должен состоять из 10 цифр");
        assertThatThrownBy(() -> mapper.map(new RegistryRecord("R-1", "STUDENT_LEFT", "246600123٣", null, null, null,
                null, null, null, null, "11223344595", "2026-09-01", null))).hasMessage("ИНН школы должен состоять из 10 цифр");
    }

    private static RegistryRecord record(String kind, String grade, String letter, String birthDate, String snils,
                                         String sex) {
        return new RegistryRecord("R-1", kind, "2466001234", grade, letter, "Смирнова", "Анна", null, sex, birthDate,
                snils, "2026-09-01", null);
    }
}
