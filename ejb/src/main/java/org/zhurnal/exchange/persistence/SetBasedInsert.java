package org.zhurnal.exchange.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One multi-row {@code INSERT ... VALUES (...), (...)} per chunk of rows, in the caller's transaction: a
 * thousand rows are one statement instead of a thousand. A {@code null} value is written as the literal
 * {@code NULL} (no typed null parameter to guess), every other value as a positional parameter.
 */
final class SetBasedInsert {

    /** PostgreSQL takes at most 65,535 parameters per statement; stay well below. */
    private static final int MAX_PARAMETERS = 30_000;

    private SetBasedInsert() {
    }

    /** Inserts the rows (each as many values as {@code columns}); {@code tail} follows VALUES (e.g. ON CONFLICT). */
    static <T> List<Object> insert(EntityManager em, String table, String columns, String tail, List<T> rows,
                                   Function<T, Object[]> values, boolean returning) {
        List<Object> returned = new ArrayList<>();
        if (rows.isEmpty()) {
            return returned;
        }
        int width = columns.split(",").length;
        int chunk = Math.max(1, MAX_PARAMETERS / width);
        for (int from = 0; from < rows.size(); from += chunk) {
            List<T> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            StringBuilder sql = new StringBuilder(64 + part.size() * width * 6)
                    .append("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
            List<Object> parameters = new ArrayList<>(part.size() * width);
            for (int row = 0; row < part.size(); row++) {
                Object[] rowValues = values.apply(part.get(row));
                if (rowValues.length != width) {
                    throw new IllegalArgumentException(table + ": " + rowValues.length + " values for " + width + " columns");
                }
                sql.append(row == 0 ? "(" : ", (");
                for (int column = 0; column < width; column++) {
                    if (column > 0) {
                        sql.append(", ");
                    }
                    if (rowValues[column] == null) {
                        sql.append("NULL");
                    } else {
                        parameters.add(rowValues[column]);
                        sql.append('?').append(parameters.size());
                    }
                }
                sql.append(')');
            }
            sql.append(' ').append(tail);
            Query query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            if (returning) {
                returned.addAll(query.getResultList());
            } else {
                query.executeUpdate();
            }
        }
        return returned;
    }
}
