package org.zhurnal.it.support;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The test stack's own database (the one the system tests' WildFly uses), for system tests that must write
 * rows no API writes yet. The embedded PostgreSQL listens on localhost only and trusts local connections.
 */
public final class StackDb implements DataSource {

    private final String url;

    private StackDb(String url) {
        this.url = url;
    }

    /** The database of the running test stack. */
    public static StackDb ofTestStack() {
        return new StackDb("jdbc:postgresql://localhost:" + TestStack.settings().postgresPort() + "/zhurnal");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // not used
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
