package org.zhurnal.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class SnilsTest {

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "11223344595", " 112-233-445 95 ", "112-233-445-95"})
    void bothWrittenFormsAreAccepted(String input) {
        Snils snils = Snils.parse(input);
        assertThat(snils.digits()).isEqualTo("11223344595");
        assertThat(snils.formatted()).isEqualTo("112-233-445 95");
    }

    @Test
    void checksumIsTheWeightedSumWhenBelow100() {
        // 1*9 + 1*8 + 2*7 + 2*6 + 3*5 + 3*4 + 4*3 + 4*2 + 5*1 = 95
        assertThat(Snils.checksum("112233445")).isEqualTo(95);
    }

    @Test
    void checksumOf100And101IsZeroAndLargerSumsAreTakenModulo101() {
        // 9*9 + 1*8 + 1*6 + 1*5 = 100
        assertThat(Snils.checksum("910110000")).isZero();
        assertThat(Snils.parse("910-110-000 00").digits()).isEqualTo("91011000000");
        // 100 + 1*1 = 101
        assertThat(Snils.checksum("910110001")).isZero();
        // 9*(9+8+7+6+5+4+3+2+1) = 405; 405 mod 101 = 1
        assertThat(Snils.checksum("999999999")).isEqualTo(1);
        // 8*9 + 7*8 + 6*7 + 5*6 + 4*5 + 3*4 + 2*3 + 1*2 = 240; 240 mod 101 = 38
        assertThat(Snils.checksum("876543210")).isEqualTo(240 % 101);
        assertThat(Snils.parse("876-543-210 38").digits()).isEqualTo("87654321038");
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 96", "11223344594", "112-233-446 95", "910-110-000 01"})
    void aWrongChecksumIsRefused(String input) {
        assertThatThrownBy(() -> Snils.parse(input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Неверный СНИЛС: проверьте номер")
                .extracting(e -> ((BusinessException) e).field().orElseThrow()).isEqualTo("snils");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1122334459", "112233445955", "112 233 445 95", "112-233-44595", "abc-def-ghi 12"})
    void otherShapesAreRefused(String input) {
        assertThatThrownBy(() -> Snils.parse(input)).hasMessage("Неверный СНИЛС: проверьте номер");
    }

    @Test
    void aMissingSnilsIsAskedFor() {
        assertThatThrownBy(() -> Snils.parse("  ")).hasMessage("Укажите СНИЛС");
        assertThatThrownBy(() -> Snils.parse(null)).hasMessage("Укажите СНИЛС");
    }

    @Test
    void numbersIssuedBeforeChecksumsAreAcceptedWithAnyControlNumber() {
        assertThat(Snils.parse("001-001-998 00").digits()).isEqualTo("00100199800");
        assertThatThrownBy(() -> Snils.parse("001-001-999 00")).hasMessage("Неверный СНИЛС: проверьте номер");
    }

    @Test
    void theNumberNeverShowsInItsTextForm() {
        Snils snils = Snils.parse("112-233-445 95");
        assertThat(snils.toString()).doesNotContain("112").doesNotContain("95").doesNotContain("445");
        assertThat(snils).isEqualTo(Snils.parse("11223344595")).hasSameHashCodeAs(Snils.parse("11223344595"));
    }
}
