package org.zhurnal.journal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MultiRowTest {

    @Test
    void rowsGoAsOneTextArrayPerColumnCastInTheDatabaseSoTheStatementNeverChanges() {
        MultiRow delete = new MultiRow("DELETE FROM mark m USING (VALUES", ") AS v(student, position) WHERE m.id = 1",
                "bigint", "smallint");
        assertThat(delete.sql()).isEqualTo("DELETE FROM mark m USING (SELECT CAST(c1 AS bigint), CAST(c2 AS smallint) "
                + "FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS u(c1, c2) ) AS v(student, position) WHERE m.id = 1");
        String once = delete.sql();
        delete.add(1L, 1).add(2L, 2).add(3L, 1);
        assertThat(delete.sql()).isEqualTo(once);
    }

    @Test
    void valuesAreWrittenAsPostgresqlReadsThem() {
        assertThat(MultiRow.text(null)).isNull();
        assertThat(MultiRow.text(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(MultiRow.text(Instant.parse("2026-11-22T03:15:30.123456Z"))).isEqualTo("2026-11-22T03:15:30.123456Z");
        assertThat(MultiRow.text(LocalDate.of(2026, 11, 22))).isEqualTo("2026-11-22");
        assertThat(MultiRow.text(Boolean.TRUE)).isEqualTo("true");
        assertThat(MultiRow.text(Thread.State.NEW)).isEqualTo("NEW");
        assertThatThrownBy(() -> MultiRow.text(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowOfTheWrongWidthOrAStatementWithoutValuesIsRefused() {
        assertThatThrownBy(() -> new MultiRow("INSERT INTO mark (a, b) VALUES", "", "bigint", "bigint").add(1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MultiRow("INSERT INTO mark (a) SELECT", "", "bigint"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
