package org.zhurnal.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.zhurnal.devstack.EmbeddedDatabase;
import org.zhurnal.regiongen.GeneratorSettings;
import org.zhurnal.regiongen.RegionGenerator;

/**
 * The benchmark's database: a generated region, made once per size and seed and kept between runs in the
 * benchmark stack's work directory (its own PostgreSQL data directory). The schema comes from the
 * application's own migrations; a marker in schema {@code bench} records what was generated.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** Work on the prepared database before the stack starts (choosing and binding the benchmark's users). */
    interface Preparation {
        void on(Connection db) throws SQLException;
    }

    /**
     * Makes sure the data directory holds the region, then runs {@code preparation} on it; returns what it
     * holds, as a line for the report.
     */
    static String ensure(int port, Path dataDir, GeneratorSettings region, Preparation preparation) throws SQLException {
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(port, dataDir, true)) {
            String url = postgres.createDatabase("zhurnal");
            try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
                String dataset = dataset(region);
                if (!dataset.equals(generated(db))) {
                    if (!generated(db).isEmpty()) {
                        throw new IllegalStateException("the benchmark database in " + dataDir + " holds "
                                + generated(db) + ", not " + dataset + ": delete the directory to regenerate");
                    }
                    Flyway.configure(BenchDatabase.class.getClassLoader()).dataSource(url, EmbeddedDatabase.USER, "")
                            .locations("classpath:db/migration").load().migrate();
                    GeneratorSettings into = region.withDatabase(url, EmbeddedDatabase.USER, "");
                    System.out.println("Generating " + dataset + " (once; kept in " + dataDir + ")");
                    new RegionGenerator(into).generate(db);
                    markGenerated(db, dataset);
                }
                preparation.on(db);
                String buffers = sharedBuffers(db);
                return dataset + ", database " + size(db) + ", shared_buffers " + buffers;
            }
        }
    }

    /**
     * Gives the database the memory a server would (PostgreSQL's default of 128 MB shared buffers would make
     * a `medium` region mostly disk reads): {@code ZHURNAL_BENCH_PG_SHARED_BUFFERS}, 2GB by default, kept in
     * the data directory's own configuration and in effect from the stack's start on.
     */
    private static String sharedBuffers(Connection db) throws SQLException {
        String wanted = System.getenv().getOrDefault("ZHURNAL_BENCH_PG_SHARED_BUFFERS", "2GB");
        if (!wanted.matches("\\d+[kMG]B")) {
            throw new IllegalArgumentException("ZHURNAL_BENCH_PG_SHARED_BUFFERS must be like 2GB, not " + wanted);
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("ALTER SYSTEM SET shared_buffers = '" + wanted + "'");
            statement.execute("ALTER SYSTEM SET effective_cache_size = '8GB'");
        }
        return wanted;
    }

    static String dataset(GeneratorSettings region) {
        return region.size().name().toLowerCase(java.util.Locale.ROOT) + " region, seed " + region.seed()
                + ", marks up to " + region.asOf() + ", final marks, invites";
    }

    private static String generated(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
            statement.execute("CREATE TABLE IF NOT EXISTS bench.dataset (description TEXT NOT NULL)");
            try (ResultSet rs = statement.executeQuery("SELECT description FROM bench.dataset")) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static void markGenerated(Connection db, String dataset) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.dataset (description) VALUES (?)")) {
            insert.setString(1, dataset);
            insert.executeUpdate();
        }
    }

    private static String size(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
