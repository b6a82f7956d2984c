package org.zhurnal.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server (binaries from Maven Central) for the dev stack and the tests, used when no
 * database is configured. Listens on localhost only; trusts local connections.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(int port, Path dataDir, boolean keepData) {
        // a server already listening there would otherwise be used as if it were this one (another stack's data)
        ChildProcess.awaitPortsFree(Duration.ofSeconds(30), port);
        try {
            // a kept database (dev, benchmark) is written durably, as in production: every commit flushed to disk
            // (the embedded server's defaults, no fsync and no synchronous commit, suit only throwaway test data)
            String durable = keepData ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .start();
            LOG.info(() -> "PostgreSQL listening on localhost:" + port);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL could not start on port " + port, e);
        }
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database " + name + " could not be created", e);
        }
        return postgres.getJdbcUrl(USER, name);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
