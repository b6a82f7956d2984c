package org.zhurnal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A query written with JPA's named parameters ({@code :name}) made runnable by plain JDBC: each name becomes
 * {@code ?} — a collection one {@code ?} per element, as Hibernate expands {@code IN (:list)} — and the values
 * are listed in the order of the placeholders (a name used twice is bound twice). Quoted text, quoted
 * identifiers and {@code ::} casts are left as they are.
 */
record JdbcQuery(String sql, List<Object> values) {

    static JdbcQuery of(String namedSql, Map<String, ?> parameters) {
        StringBuilder sql = new StringBuilder(namedSql.length());
        List<Object> values = new ArrayList<>();
        char quote = 0;
        int i = 0;
        while (i < namedSql.length()) {
            char c = namedSql.charAt(i);
            if (quote != 0 || c == '\'' || c == '"') {
                quote = quote == 0 ? c : c == quote ? 0 : quote;
                sql.append(c);
                i++;
            } else if (c == ':' && i + 1 < namedSql.length() && namedSql.charAt(i + 1) == ':') {
                sql.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < namedSql.length() && Character.isJavaIdentifierStart(namedSql.charAt(i + 1))) {
                int end = i + 1;
                while (end < namedSql.length() && Character.isJavaIdentifierPart(namedSql.charAt(end))) {
                    end++;
                }
                bind(namedSql.substring(i + 1, end), parameters, sql, values);
                i = end;
            } else {
                sql.append(c);
                i++;
            }
        }
        return new JdbcQuery(sql.toString(), List.copyOf(values));
    }

    private static void bind(String name, Map<String, ?> parameters, StringBuilder sql, List<Object> values) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("no value for parameter :" + name);
        }
        Object value = parameters.get(name);
        if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("parameter :" + name + " is an empty list (IN () is not SQL)");
            }
            String separator = "";
            for (Object element : list) {
                sql.append(separator).append('?');
                separator = ", ";
                values.add(element);
            }
        } else {
            sql.append('?');
            values.add(value);
        }
    }

    /** The statement prepared on the connection with the values bound. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bindTo(statement);
        return statement;
    }

    /** Binds the values to a statement prepared from {@link #sql()}. */
    void bindTo(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
