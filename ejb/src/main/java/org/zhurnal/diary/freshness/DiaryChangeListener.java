package org.zhurnal.diary.freshness;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the changes the diary shows from {@code diary_change} (V32) every
 * {@code zhurnal.diary.cache.poll-ms} over a connection of its own and tells {@link DiaryFreshness}. The
 * connection uses the server datasource's settings ({@code ZHURNAL_DB_URL}, {@code ZHURNAL_DB_USER},
 * {@code ZHURNAL_DB_PASSWORD}); without them, on another database, or with
 * {@code ZHURNAL_DIARY_CACHE_ENABLED=false}, nothing is cached. When the connection breaks, caching stops
 * until it is back. Rows older than an hour are removed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DiaryChangeListener {

    private static final Logger LOG = Logger.getLogger(DiaryChangeListener.class.getName());
    /** Rows of transactions from {@code ?} on, and the current snapshot's xmin: every older transaction has ended. */
    static final String POLL = "SELECT c.id, c.kind, c.ids, c.xact::text, s.xmin::text FROM "
            + "(SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin) s "
            + "LEFT JOIN diary_change c ON c.xact >= CAST(? AS xid8) ORDER BY c.id";
    private static final String START = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";
    private static final String PRUNE = "DELETE FROM diary_change WHERE at < clock_timestamp() - interval '1 hour'";
    private static final long PRUNE_EVERY = 3_000;

    @Inject
    DiaryFreshness freshness;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "zhurnal.diary.cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "zhurnal.diary.cache.poll-ms", defaultValue = "100")
    long pollMs;

    @Inject
    @ConfigProperty(name = "zhurnal.db.url", defaultValue = "jdbc:postgresql://localhost:25432/zhurnal")
    String url;

    @Inject
    @ConfigProperty(name = "zhurnal.db.user", defaultValue = "zhurnal")
    String user;

    @Inject
    @ConfigProperty(name = "zhurnal.db.password")
    Optional<String> password;

    private ScheduledFuture<?> polling;
    private Connection connection;
    private String fromXact;
    private final Set<Long> seen = new HashSet<>();
    private long polls;

    @PostConstruct
    void start() {
        if (!enabled || password.isEmpty() || !url.startsWith("jdbc:postgresql:")) {
            LOG.info("Diary cache off (disabled, or no PostgreSQL settings to read changes with)");
            return;
        }
        polling = scheduler.scheduleWithFixedDelay(this::pollSafely, 0, pollMs, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        disconnect();
    }

    private synchronized void pollSafely() {
        try {
            if (connection == null) {
                connect();
            }
            poll();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Diary changes could not be read; caching is off until they can: {0}", e.getMessage());
            disconnect();
        }
    }

    private void connect() throws SQLException {
        Connection opened = new org.postgresql.Driver().connect(url, credentials());
        if (opened == null) {
            throw new SQLException("the PostgreSQL driver does not take the configured URL");
        }
        opened.setAutoCommit(true);
        try (PreparedStatement start = opened.prepareStatement(START); ResultSet rs = start.executeQuery()) {
            rs.next();
            fromXact = rs.getString(1);
        }
        connection = opened;
        seen.clear();
        freshness.listening(true); // whatever changed before now, everything read before is dropped
    }

    private void poll() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(POLL)) {
            select.setString(1, fromXact);
            String nextFrom = fromXact;
            Set<Long> stillInWindow = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    nextFrom = rs.getString(5);
                    if (rs.getObject(1) == null) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    stillInWindow.add(id);
                    if (seen.add(id)) {
                        freshness.announced(announcement(rs.getString(2), rs.getArray(3)));
                    }
                }
            }
            // rows of transactions older than the new xmin are never seen again: forget them
            seen.retainAll(stillInWindow);
            fromXact = nextFrom;
        }
        if (++polls % PRUNE_EVERY == 0) {
            try (PreparedStatement prune = connection.prepareStatement(PRUNE)) {
                prune.executeUpdate();
            }
        }
    }

    static String announcement(String kind, Array ids) throws SQLException {
        if (ids == null || "*".equals(kind)) {
            return "*";
        }
        StringBuilder text = new StringBuilder(kind).append(':');
        Object[] values = (Object[]) ids.getArray();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        return text.toString();
    }

    private void disconnect() {
        freshness.listening(false);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the diary change connection", e);
            }
            connection = null;
        }
    }

    private Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password.orElseThrow());
        properties.setProperty("ApplicationName", "zhurnal-diary-changes");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }
}
