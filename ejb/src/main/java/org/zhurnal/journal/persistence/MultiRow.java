package org.zhurnal.journal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * One native statement for many rows: {@code (?1, ?2…), (…)} with every value bound (never written into the
 * SQL) and cast to its column type, so that nulls bind whatever their type. The statement is
 * {@code prefix + VALUES list + suffix}. Values pass through text ({@code CAST(CAST(?n AS text) AS type)}) so that a
 * null bound without a type still casts.
 */
final class MultiRow {

    private final String prefix;
    private final String[] types;
    private final String suffix;
    private final List<Object[]> rows = new ArrayList<>();

    /** {@code types}: one SQL type per column, e.g. {@code "bigint"}, {@code "smallint"}, {@code "text"}. */
    MultiRow(String prefix, String suffix, String... types) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.types = types.clone();
    }

    MultiRow add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException("expected " + types.length + " values, got " + values.length);
        }
        rows.add(values.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Runs the statement (nothing when there are no rows); returns the number of rows changed. */
    int execute(EntityManager em) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(prefix).append(' ');
        int parameter = 0;
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < types.length; c++) {
                sql.append(c == 0 ? "" : ", ").append("CAST(CAST(?").append(++parameter).append(" AS text) AS ")
                        .append(types[c]).append(')');
            }
            sql.append(')');
        }
        Query query = em.createNativeQuery(sql.append(' ').append(suffix).toString());
        parameter = 0;
        for (Object[] row : rows) {
            for (Object value : row) {
                query.setParameter(++parameter, value);
            }
        }
        return query.executeUpdate();
    }
}
