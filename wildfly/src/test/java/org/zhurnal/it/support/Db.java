package org.zhurnal.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC for in-container tests that look at the rows themselves, around the JPA layer. */
public final class Db {

    private Db() {
    }

    /** The first column of every row, as text. */
    public static List<String> column(DataSource dataSource, String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
        return values;
    }

    public static long count(DataSource dataSource, String sql, Object... parameters) {
        return Long.parseLong(column(dataSource, sql, parameters).get(0));
    }

    /** Runs an update in its own transaction (auto-commit); returns the number of rows changed. */
    public static int update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("update failed: " + sql, e);
        }
    }
}
