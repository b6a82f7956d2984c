package org.zhurnal.school.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class InnOgrnTest {

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "2460000010", "2460000028", "2465000039", " 7707083893 "})
    void validLegalEntityInnsAreAccepted(String inn) {
        assertThat(Inn.parse(inn).value()).isEqualTo(inn.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083890", "7707083894", "2460000011", "7707083839"})
    void aWrongCheckDigitIsRefused(String inn) {
        assertThatThrownBy(() -> Inn.parse(inn))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Неверная контрольная сумма ИНН")
                .extracting(e -> ((BusinessException) e).field().orElseThrow()).isEqualTo("inn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "770708389", "77070838931", "770708389a", "500100732259", "７７０７０８３８９３"})
    void anythingButTenDigitsIsRefused(String inn) {
        assertThatThrownBy(() -> Inn.parse(inn)).isInstanceOf(InvalidInputException.class)
                .hasMessage("ИНН школы — 10 цифр");
    }

    @Test
    void missingInnIsRefused() {
        assertThatThrownBy(() -> Inn.parse(null)).hasMessage("ИНН школы — 10 цифр");
    }

    @Test
    void checkDigitFollowsTheWeights() {
        // 7*2 + 7*4 + 0*10 + 7*3 + 0*5 + 8*9 + 3*4 + 8*6 + 9*8 = 267; 267 mod 11 = 3
        assertThat(Inn.checkDigit("770708389")).isEqualTo(3);
        // 4*8 = 32, a remainder of 10, gives 0
        assertThat(Inn.checkDigit("000000004")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1022401000016", "1022401000027", "1022401000038"})
    void validOgrnsAreAccepted(String ogrn) {
        assertThat(Ogrn.parseOptional(ogrn).value()).isEqualTo(ogrn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132196", "1022401000011", "1027700132190"})
    void aWrongOgrnCheckDigitIsRefused(String ogrn) {
        assertThatThrownBy(() -> Ogrn.parseOptional(ogrn)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Неверная контрольная сумма ОГРН")
                .extracting(e -> ((BusinessException) e).field().orElseThrow()).isEqualTo("ogrn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"102770013219", "10277001321950", "10277001321x5"})
    void anOgrnOfAnotherShapeIsRefused(String ogrn) {
        assertThatThrownBy(() -> Ogrn.parseOptional(ogrn)).hasMessage("ОГРН школы — 13 цифр");
    }

    @Test
    void ogrnIsOptional() {
        assertThat(Ogrn.parseOptional(null)).isNull();
        assertThat(Ogrn.parseOptional("  ")).isNull();
    }

    @Test
    void ogrnCheckDigitIsTheRemainderByElevenModuloTen() {
        assertThat(Ogrn.checkDigit("102770013219")).isEqualTo((int) (102770013219L % 11 % 10));
        assertThat(Ogrn.checkDigit("102770013219")).isEqualTo(5);
    }
}
