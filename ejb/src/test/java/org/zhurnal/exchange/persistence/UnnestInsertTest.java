package org.zhurnal.exchange.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class UnnestInsertTest {

    private record Row(long id, String name) {
    }

    @Test
    void theStatementTextIsFixedWhateverTheRows() {
        UnnestInsert<Row> insert = new UnnestInsert<>("person", "ON CONFLICT DO NOTHING",
                new UnnestInsert.Column<>("id", "bigint", Row::id), new UnnestInsert.Column<>("surname", "text", Row::name));
        assertThat(insert.sql()).isEqualTo("INSERT INTO person (id, surname) SELECT * FROM unnest(CAST(?1 AS bigint[]), "
                + "CAST(?2 AS text[])) ON CONFLICT DO NOTHING");
    }

    @Test
    void aColumnTheSameForEveryRowIsOneScalarParameter() {
        UnnestInsert<Row> insert = new UnnestInsert<>("processed_record", "RETURNING record_id",
                UnnestInsert.Column.same("system", "text", row -> "REGISTRY"),
                new UnnestInsert.Column<>("record_id", "text", Row::name),
                UnnestInsert.Column.same("exchange_id", "bigint", Row::id));
        assertThat(insert.sql()).isEqualTo("INSERT INTO processed_record (system, record_id, exchange_id) "
                + "SELECT CAST(?1 AS text), u.record_id, CAST(?3 AS bigint) FROM unnest(CAST(?2 AS text[])) "
                + "AS u(record_id) RETURNING record_id");
    }

    @Test
    void arrayElementsAreQuotedAndEscapedNullsBare() {
        assertThat(literal("Д'Артаньян \"мл.\" \\ , {}")).isEqualTo("\"Д'Артаньян \\\"мл.\\\" \\\\ , {}\"");
        assertThat(literal(null)).isEqualTo("NULL");
        assertThat(literal("NULL")).isEqualTo("\"NULL\"");
        assertThat(literal(42L)).isEqualTo("42");
        assertThat(literal(LocalDate.of(2026, 9, 1))).isEqualTo("\"2026-09-01\"");
        assertThat(literal(OffsetDateTime.parse("2026-09-01T03:15:30.123456Z"))).isEqualTo("\"2026-09-01T03:15:30.123456Z\"");
        assertThat(literal(new byte[] {0x0a, (byte) 0xff})).isEqualTo("\"\\\\x0aff\"");
        assertThatThrownBy(() -> literal(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String literal(Object value) {
        StringBuilder text = new StringBuilder();
        UnnestInsert.element(text, value);
        return text.toString();
    }
}
