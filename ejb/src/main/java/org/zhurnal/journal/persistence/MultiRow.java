package org.zhurnal.journal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One native statement for many rows. The statement is {@code prefix + rows + suffix}, where the prefix ends
 * with {@code VALUES} and the rows become {@code SELECT CAST(c1 AS type1), … FROM unnest(?, ?, …)}: one
 * text array per column, so the statement's text is the same however many rows there are (PostgreSQL and
 * the driver prepare it once per connection) and values are always bound, never written into the SQL; the
 * suffix's own {@code ?} are bound from {@link #execute}'s arguments. Values go over as text and are cast to
 * their column type in the database, so nulls need no type. It runs in plain JDBC on the datasource, whose
 * connection inside a JTA transaction is the transaction's own (the one the EntityManager uses, flushed
 * first), not as a JPA native query: Hibernate would parse the statement's text and build its parameter
 * bindings anew on every save.
 */
final class MultiRow {

    private final String sql;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    /** {@code types}: one SQL type per column, e.g. {@code "bigint"}, {@code "smallint"}, {@code "text"}. */
    MultiRow(String prefix, String suffix, String... types) {
        String head = prefix.stripTrailing();
        if (!head.endsWith("VALUES")) {
            throw new IllegalArgumentException("the statement's prefix must end with VALUES: " + prefix);
        }
        this.columns = types.length;
        StringBuilder select = new StringBuilder(head.substring(0, head.length() - "VALUES".length())).append("SELECT ");
        StringBuilder unnest = new StringBuilder();
        for (int c = 1; c <= types.length; c++) {
            select.append(c == 1 ? "" : ", ").append("CAST(c").append(c).append(" AS ").append(types[c - 1]).append(')');
            unnest.append(c == 1 ? "" : ", ").append("CAST(? AS text[])");
        }
        select.append(" FROM unnest(").append(unnest).append(") AS u(");
        for (int c = 1; c <= types.length; c++) {
            select.append(c == 1 ? "" : ", ").append('c').append(c);
        }
        this.sql = select.append(") ").append(suffix).toString();
    }

    MultiRow add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        rows.add(values.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The statement as it is sent. */
    String sql() {
        return sql;
    }

    /**
     * Runs the statement (nothing when there are no rows), binding {@code suffixValues} to the suffix's
     * {@code ?}; returns the number of rows changed.
     */
    int execute(EntityManager em, DataSource dataSource, Object... suffixValues) {
        if (rows.isEmpty()) {
            return 0;
        }
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            return execute(connection, suffixValues);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Runs the statement on {@code connection} (nothing when there are no rows); the caller flushed JPA first. */
    int execute(Connection connection, Object... suffixValues) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int c = 0; c < columns; c++) {
                String[] column = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    column[r] = text(rows.get(r)[c]);
                }
                statement.setArray(c + 1, connection.createArrayOf("text", column));
            }
            for (int v = 0; v < suffixValues.length; v++) {
                statement.setObject(columns + v + 1, suffixValues[v]);
            }
            return statement.executeUpdate();
        }
    }

    /** A value as PostgreSQL reads it back into its column type. */
    static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Instant
                || value instanceof LocalDate || value instanceof LocalTime || value instanceof OffsetDateTime) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        throw new IllegalArgumentException("no text form for a " + value.getClass().getName());
    }
}
