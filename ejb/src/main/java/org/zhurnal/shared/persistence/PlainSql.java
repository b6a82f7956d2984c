package org.zhurnal.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Statements on the hot paths (a lesson's save, the journal grid) in plain JDBC. Inside a JTA transaction the
 * datasource hands out the transaction's own connection, the one the EntityManager uses, so a read sees
 * what the transaction has flushed. A JPA native query costs several times the database's own time in
 * Hibernate: it parses the text, resolves the result set's metadata and flushes the persistence context
 * before every query; a prepared statement with a fixed text is parsed once per connection.
 * Parameters are bound in order with {@code setObject} (JDBC 4.2: {@link LocalDate} as a date).
 */
@ApplicationScoped
public class PlainSql {

    /** Maps the result set's current row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private static final Object CONNECTION = PlainSql.class.getName() + ".connection";

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(row.map(rows));
                    }
                    return found;
                }
            }
        });
    }

    /**
     * Runs the work on the transaction's connection handle, taken from the datasource at the transaction's first
     * statement and given back when it completes (the datasource's hand-out costs more than a short statement);
     * outside a transaction on a handle of its own.
     */
    public <T> T run(Work<T> work) {
        try {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                try (Connection connection = dataSource.getConnection()) {
                    return work.on(connection);
                }
            }
            return work.on(transactionConnection());
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private Connection transactionConnection() throws SQLException {
        Connection connection = (Connection) transactions.getResource(CONNECTION);
        if (connection == null) {
            Connection opened = dataSource.getConnection();
            transactions.putResource(CONNECTION, opened);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to write: the statements ran already
                }

                @Override
                public void afterCompletion(int status) {
                    try {
                        opened.close();
                    } catch (SQLException e) {
                        // the handle only; the pooled connection goes back with the transaction anyway
                    }
                }
            });
            connection = opened;
        }
        return connection;
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        List<T> found = list(sql, row, parameters);
        if (found.size() > 1) {
            throw new PersistenceException("expected at most one row, got " + found.size());
        }
        return found.stream().findFirst();
    }

    /** Runs an INSERT, UPDATE or DELETE; answers the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** A nullable {@code bigint} column. */
    public static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A nullable {@code integer}/{@code smallint} column. */
    public static Integer intOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** A nullable {@code date} column. */
    public static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
