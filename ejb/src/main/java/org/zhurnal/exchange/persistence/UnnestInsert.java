package org.zhurnal.exchange.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A set-based insert whose statement text is fixed: {@code INSERT INTO t (a, b) SELECT * FROM unnest(CAST(?1 AS
 * bigint[]), CAST(?2 AS text[])) ...} with one array parameter per column, whatever the number of rows. PostgreSQL
 * parses and plans it once per connection (a prepared statement), and the application binds a handful of
 * parameters instead of one per value. Arrays go as PostgreSQL array literals: every element quoted and escaped,
 * {@code null} as the bare word {@code NULL}.
 */
final class UnnestInsert<T> {

    /**
     * A column, the SQL type of its values, and how a row gives its value; {@code same}: every row of an insert
     * gives the same value (the batch's time, actor, exchange), bound once as a scalar instead of an array.
     */
    record Column<T>(String name, String sqlType, Function<T, Object> value, boolean same) {

        Column(String name, String sqlType, Function<T, Object> value) {
            this(name, sqlType, value, false);
        }

        /** A column whose value is the same for every row of one insert. */
        static <T> Column<T> same(String name, String sqlType, Function<T, Object> value) {
            return new Column<>(name, sqlType, value, true);
        }
    }

    private final List<Column<T>> columns;
    private final String sql;

    /** {@code tail} follows the SELECT (e.g. {@code ON CONFLICT ... DO NOTHING RETURNING id}). */
    @SafeVarargs
    UnnestInsert(String table, String tail, Column<T>... columns) {
        this.columns = List.of(columns);
        StringJoiner names = new StringJoiner(", ");
        StringJoiner arrays = new StringJoiner(", ");
        StringJoiner selected = new StringJoiner(", ");
        StringJoiner unnested = new StringJoiner(", ");
        boolean anySame = false;
        for (int i = 0; i < columns.length; i++) {
            names.add(columns[i].name());
            if (columns[i].same()) {
                anySame = true;
                selected.add("CAST(?" + (i + 1) + " AS " + columns[i].sqlType() + ")");
            } else {
                arrays.add("CAST(?" + (i + 1) + " AS " + columns[i].sqlType() + "[])");
                unnested.add(columns[i].name());
                selected.add("u." + columns[i].name());
            }
        }
        this.sql = (anySame
                ? "INSERT INTO " + table + " (" + names + ") SELECT " + selected + " FROM unnest(" + arrays + ") AS u("
                        + unnested + ") " + tail
                : "INSERT INTO " + table + " (" + names + ") SELECT * FROM unnest(" + arrays + ") " + tail).strip();
    }

    String sql() {
        return sql;
    }

    /** Inserts the rows in one statement; with {@code returning}, what its RETURNING clause gives. */
    @SuppressWarnings("unchecked")
    List<Object> insert(EntityManager em, List<T> rows, boolean returning) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            query.setParameter(i + 1, column.same() ? same(rows, column) : arrayLiteral(rows, column.value()));
        }
        if (returning) {
            return query.getResultList();
        }
        query.executeUpdate();
        return List.of();
    }

    /** The value every row gives (refused when they differ: that column must be an array). */
    private static <T> Object same(List<T> rows, Column<T> column) {
        Object value = column.value().apply(rows.get(0));
        for (T row : rows) {
            if (!Objects.equals(column.value().apply(row), value)) {
                throw new IllegalArgumentException("rows differ in " + column.name());
            }
        }
        return value;
    }

    private static <T> String arrayLiteral(List<T> rows, Function<T, Object> value) {
        StringBuilder text = new StringBuilder(rows.size() * 16).append('{');
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            element(text, value.apply(rows.get(i)));
        }
        return text.append('}').toString();
    }

    static void element(StringBuilder text, Object value) {
        if (value == null) {
            text.append("NULL");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.append(value);
        } else if (value instanceof byte[] bytes) {
            text.append("\"\\\\x").append(HexFormat.of().formatHex(bytes)).append('"');
        } else if (value instanceof String || value instanceof LocalDate || value instanceof OffsetDateTime) {
            text.append('"');
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    text.append('\\');
                }
                text.append(c);
            }
            text.append('"');
        } else {
            throw new IllegalArgumentException("no array literal for " + value.getClass().getName());
        }
    }
}
