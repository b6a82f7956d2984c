package org.zhurnal.regiongen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills PostgreSQL with a realistic region of a given size and seed (same seed, same data), by COPY,
 * reporting progress, then prints row counts and the database size. The schema must be migrated
 * (the application does it at start; {@code RegionGeneratorMain} can do it first).
 */
public final class RegionGenerator {

    static final String REGION_NAME = "Красноярский край";
    static final ZoneId REGION_ZONE = ZoneId.of("Asia/Krasnoyarsk");
    private static final List<String> MUNICIPALITIES = List.of("городской округ город Красноярск",
            "городской округ город Ачинск", "городской округ город Канск", "городской округ город Норильск",
            "Емельяновский муниципальный округ", "Берёзовский муниципальный округ", "Шушенский муниципальный округ",
            "Минусинский муниципальный округ", "Манский муниципальный округ", "Курагинский муниципальный округ");

    private final GeneratorSettings settings;

    public RegionGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** Generates the region into the connection's database; returns the pupils written. */
    public long generate(Connection connection) throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(true);
        boolean fast = skipForeignKeyChecks(connection);
        IdSequences ids = IdSequences.startingAfterExisting(connection);
        RegionContext region = region(connection, ids);
        long pupils = 0;
        long rows = 0;
        int schools = settings.size().schools();
        List<OpenInvitations.Sample> samples = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            RegionTables tables = new RegionTables();
            SchoolGenerator school = new SchoolGenerator(region, settings, tables, ids, i);
            pupils += school.generate();
            school.sampleCodes().stream().limit(settings.sampleCodes() - samples.size()).forEach(samples::add);
            connection.setAutoCommit(false);
            tables.flush(connection);
            connection.commit();
            connection.setAutoCommit(true);
            rows += tables.rows();
            progress(i + 1, schools, pupils, rows, started);
        }
        ids.advanceSequences(connection);
        try (Statement statement = connection.createStatement()) {
            if (fast) {
                statement.execute("SET session_replication_role = DEFAULT");
            }
            statement.execute("ANALYZE");
        }
        printInvitations(samples);
        return pupils;
    }

    private void printInvitations(List<OpenInvitations.Sample> samples) {
        if (!settings.invitesWritten()) {
            System.out.println("  no invite codes: they are stored only as hashes under the personal-data key of the"
                    + " stack that is to accept them (give --pii-key or ZHURNAL_PII_KEY)");
            return;
        }
        if (!samples.isEmpty()) {
            System.out.println("  sample invite codes (for a stack started with the same ZHURNAL_PII_KEY):");
            samples.forEach(s -> System.out.printf("    %s  %-7s card %d, student %d, valid until %s%n", s.code(),
                    s.purpose(), s.personId(), s.studentPersonId(), s.expiresAt()));
        }
    }

    /**
     * Foreign-key triggers fire once per row and dominate a COPY's time; a superuser may switch them off
     * for the session (the rows are consistent by construction). Others load with the checks on.
     */
    private static boolean skipForeignKeyChecks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (rs.next() && rs.getBoolean(1)) {
                statement.execute("SET session_replication_role = replica");
                return true;
            }
        }
        return false;
    }

    private void progress(int done, int schools, long pupils, long rows, long started) {
        if (done == schools || schools < 20 || done % Math.max(1, schools / 20) == 0) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %d/%d schools, %,d pupils, %,d rows, %.0f s, %,.0f rows/s%n",
                    done, schools, pupils, rows, seconds, rows / Math.max(seconds, 0.001));
        }
    }

    private RegionContext region(Connection connection, IdSequences ids) throws SQLException {
        long regionId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO region (code, name, time_zone) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING");
             PreparedStatement select = connection.prepareStatement("SELECT id FROM region WHERE code = ?")) {
            insert.setString(1, settings.regionCode());
            insert.setString(2, REGION_NAME);
            insert.setString(3, REGION_ZONE.getId());
            insert.executeUpdate();
            select.setString(1, settings.regionCode());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                regionId = rs.getLong(1);
            }
        }
        List<Long> municipalities = new ArrayList<>();
        for (int i = 0; i < settings.size().municipalities(); i++) {
            String name = i < MUNICIPALITIES.size() ? MUNICIPALITIES.get(i) : "муниципальный округ № " + (i + 1);
            municipalities.add(obtain(connection, regionId, "municipality", "name", name, null));
        }
        Map<String, Long> subjects = new HashMap<>();
        for (String subject : RussianCurriculum.subjects()) {
            subjects.put(subject, obtain(connection, regionId, "subject", "name", subject,
                    RussianCurriculum.shortName(subject)));
        }
        Map<String, RegionContext.WorkKind> kinds = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT code, id, weight FROM work_kind WHERE region_id IS NULL AND school_id IS NULL")) {
            while (rs.next()) {
                kinds.put(rs.getString(1), new RegionContext.WorkKind(rs.getLong(2), rs.getBigDecimal(3).toPlainString()));
            }
        }
        return new RegionContext(regionId, REGION_ZONE, municipalities, subjects, kinds);
    }

    /** The id of a region-level row with this name (matched as the unique indexes match it), created if missing. */
    private static long obtain(Connection connection, long regionId, String table, String column, String name,
                               String shortName) throws SQLException {
        String scope = table.equals("subject") ? " AND school_id IS NULL" : "";
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM " + table
                + " WHERE region_id = ? AND zhurnal_search_key(" + column + ") = zhurnal_search_key(?)" + scope)) {
            select.setLong(1, regionId);
            select.setString(2, name);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        String sql = shortName == null
                ? "INSERT INTO " + table + " (region_id, " + column + ") VALUES (?, ?) RETURNING id"
                : "INSERT INTO " + table + " (region_id, " + column + ", short_name) VALUES (?, ?, ?) RETURNING id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, regionId);
            insert.setString(2, name);
            if (shortName != null) {
                insert.setString(3, shortName);
            }
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void main(String[] args) throws SQLException {
        GeneratorSettings settings = GeneratorSettings.parse(args);
        System.out.printf("Generating a %s region (seed %d, marks up to %s, invite codes %s) into %s%n", settings
                .size().name().toLowerCase(java.util.Locale.ROOT), settings.seed(), settings.asOf(),
                settings.invitesWritten() ? "hashed under the given key" : "none", settings.jdbcUrl());
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            long pupils = new RegionGenerator(settings).generate(connection);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Generated %,d pupils in %d s%n", pupils, took.toSeconds());
            DatabaseSummary.print(connection, System.out);
        }
    }
}
