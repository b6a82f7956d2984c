package org.zhurnal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void capitalsAreLoweredAndYoIsE() {
        assertThat(SearchKey.of("МБОУ Лицей № 3 «Ёлочка» School")).isEqualTo("мбоу лицей № 3 «елочка» school");
    }

    @Test
    void theMappingCoversBothAlphabetsLetterForLetter() {
        assertThat(SearchKey.UPPER).hasSameSizeAs(SearchKey.LOWER);
        for (int i = 0; i < SearchKey.UPPER.length(); i++) {
            char upper = SearchKey.UPPER.charAt(i);
            char expected = upper == 'Ё' || upper == 'ё' ? 'е' : Character.toLowerCase(upper);
            assertThat(SearchKey.LOWER.charAt(i)).as("lower of %s", upper).isEqualTo(expected);
        }
    }

    @Test
    void theDatabaseFunctionTranslatesExactlyTheSameLetters() throws IOException {
        try (InputStream sql = getClass().getResourceAsStream("/db/migration/V3__school_municipality.sql")) {
            String migration = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(migration).contains("translate(value,\n        '" + SearchKey.UPPER + "',\n        '"
                    + SearchKey.LOWER + "')");
        }
    }

    @Test
    void likeWildcardsInTheSearchTextAreTakenLiterally() {
        assertThat(SearchKey.containsPattern("100%_Школа!")).isEqualTo("%100!%!_школа!!%");
        assertThat(SearchKey.prefixPattern("2460")).isEqualTo("2460%");
    }
}
