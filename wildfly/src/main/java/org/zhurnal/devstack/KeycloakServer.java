package org.zhurnal.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak (the Quarkus distribution) in dev mode as a child process, with the {@value #REALM} realm
 * imported from a realm file whose {@code ${ENV}} placeholders are filled from {@code env}.
 *
 * <p>Keycloak keeps its dev database in memory ({@code --db=dev-mem}), so every start imports the realm afresh
 * with this run's secrets and URLs, and the dev stack and the tests can share one unpacked distribution. Consequence: users Keycloak creates at a first ESIA sign-in do not
 * survive a restart; the pre-created demo users have fixed ids in the realm file, so their subject is stable.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "zhurnal";
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());
    /** Environment placeholders without a default; {@code ${CLAIM.sub}} and message keys don't match. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Path keycloakHome;
    private final int httpPort;
    private final int managementPort;
    private final Path realmFile;
    private final Map<String, String> env;
    private final Path logFile;
    private final java.util.List<Path> userFiles = new java.util.ArrayList<>();
    private ChildProcess process;
    private boolean closed;

    /**
     * @param keycloakHome   unpacked distribution (the folder holding {@code bin/kc.sh})
     * @param realmFile      realm import JSON; copied into {@code data/import} at start
     * @param env            added to Keycloak's environment: the realm file's placeholder values
     * @param logFile        receives Keycloak's stdout and stderr (truncated at start)
     */
    public KeycloakServer(Path keycloakHome, int httpPort, int managementPort, Path realmFile,
                          Map<String, String> env, Path logFile) {
        this.keycloakHome = keycloakHome.toAbsolutePath();
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.realmFile = realmFile;
        this.env = Map.copyOf(env);
        this.logFile = logFile.toAbsolutePath();
    }

    /** Starts Keycloak and blocks until the realm's discovery document answers (at most five minutes). */
    public void start() {
        Instant begin = Instant.now();
        ChildProcess started;
        synchronized (this) {
            if (closed || process != null) {
                throw new IllegalStateException("Keycloak was already started or closed");
            }
            Path script = keycloakHome.resolve("bin/kc.sh");
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException("no Keycloak distribution at " + keycloakHome);
            }
            requirePlaceholderValues();
            ChildProcess.awaitPortsFree(Duration.ofSeconds(60), httpPort, managementPort);
            prepareDataDirectory();
            // Through sh: an unpacked zip may have lost the script's executable bit.
            started = ChildProcess.start("Keycloak", List.of("/bin/sh", script.toString(), "start-dev",
                    "--http-port=" + httpPort,
                    "--http-management-port=" + managementPort,
                    "--http-management-host=localhost",
                    "--db=dev-mem",
                    "--import-realm",
                    "--health-enabled=true",
                    "--hostname-strict=false",
                    "--log-console-color=false"), env, keycloakHome, logFile);
            process = started;
        }
        LOG.info(() -> "Starting Keycloak on port " + httpPort + ", log in " + logFile);
        String discovery = issuerUrl() + "/.well-known/openid-configuration";
        try {
            started.awaitReady(() -> ChildProcess.answers(discovery, 200), START_TIMEOUT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info(() -> "Keycloak ready at " + baseUrl() + " after "
                + Duration.between(begin, Instant.now()).toSeconds() + " s");
    }

    /** Also imports this realm users file (Keycloak's {@code <realm>-users-N.json} format) at start. */
    public KeycloakServer alsoImportingUsers(Path usersFile) {
        userFiles.add(usersFile);
        return this;
    }

    /** {@code http://localhost:{port}}. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The realm's issuer, as found in its tokens and discovery document. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** Stops Keycloak and its whole process tree: SIGTERM first, then a kill after a grace period. */
    @Override
    public void close() {
        ChildProcess running;
        synchronized (this) {
            closed = true;
            running = process;
            process = null;
        }
        if (running != null) {
            running.close();
            LOG.info("Keycloak stopped");
        }
    }

    /**
     * Fails fast when the realm file uses a {@code ${VAR}} placeholder without default that neither {@code env}
     * nor this process's environment defines: Keycloak would import the placeholder text literally.
     */
    private void requirePlaceholderValues() {
        try {
            Matcher m = PLACEHOLDER.matcher(Files.readString(realmFile));
            Set<String> missing = new TreeSet<>();
            while (m.find()) {
                if (!env.containsKey(m.group(1)) && System.getenv(m.group(1)) == null) {
                    missing.add(m.group(1));
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("no value for realm placeholders " + missing + " in " + realmFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + realmFile, e);
        }
    }

    /** An import folder holding only our realm. */
    private void prepareDataDirectory() {
        Path data = keycloakHome.resolve("data");
        Path importDir = data.resolve("import");
        try {
            FileTrees.delete(importDir);
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            for (int i = 0; i < userFiles.size(); i++) {
                Files.copy(userFiles.get(i), importDir.resolve(REALM + "-users-" + i + ".json"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + data, e);
        }
    }

}
