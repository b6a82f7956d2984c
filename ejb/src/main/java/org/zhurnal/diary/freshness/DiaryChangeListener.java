package org.zhurnal.diary.freshness;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's {@code diary_changed} channel (V32) over a connection of its own and tells
 * {@link DiaryFreshness}. The connection uses the same settings as the server's datasource
 * ({@code ZHURNAL_DB_URL}, {@code ZHURNAL_DB_USER}, {@code ZHURNAL_DB_PASSWORD}); without them, on another
 * database, or with {@code ZHURNAL_DIARY_CACHE_ENABLED=false}, nothing is cached. When the connection
 * breaks, caching stops until it is back.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DiaryChangeListener {

    static final String CHANNEL = "diary_changed";
    private static final Logger LOG = Logger.getLogger(DiaryChangeListener.class.getName());
    private static final int WAIT_MS = 500;
    private static final Duration RETRY = Duration.ofSeconds(5);

    @Inject
    DiaryFreshness freshness;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "zhurnal.diary.cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "zhurnal.db.url", defaultValue = "jdbc:postgresql://localhost:25432/zhurnal")
    String url;

    @Inject
    @ConfigProperty(name = "zhurnal.db.user", defaultValue = "zhurnal")
    String user;

    @Inject
    @ConfigProperty(name = "zhurnal.db.password")
    Optional<String> password;

    private volatile boolean running;
    private Thread thread;

    @PostConstruct
    void start() {
        if (!enabled || password.isEmpty() || !url.startsWith("jdbc:postgresql:")) {
            LOG.info("Diary cache off (disabled, or no PostgreSQL settings to listen for changes with)");
            return;
        }
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("diary-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = new org.postgresql.Driver().connect(url, credentials())) {
                if (connection == null) {
                    throw new SQLException("the PostgreSQL driver does not accept " + url.replaceAll("//.*@", "//"));
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                freshness.listening(true);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            freshness.announced(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                freshness.listening(false);
                if (running) {
                    LOG.log(Level.WARNING, "Diary change listener lost its connection; caching is off until it is back: {0}",
                            e.getMessage());
                    pause();
                }
            }
        }
        freshness.listening(false);
    }

    private Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password.orElseThrow());
        properties.setProperty("ApplicationName", "zhurnal-diary-listener");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis()); // back-off between reconnection attempts, not a test wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
