package org.zhurnal.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import org.zhurnal.esia.protocol.GostKeys;
import org.zhurnal.simulators.esia.EsiaSimulator;
import org.zhurnal.simulators.esia.EsiaSimulatorConfig;

/**
 * The whole Zhurnal stack on one machine: PostgreSQL, the ESIA simulator, Keycloak and WildFly with the
 * EAR, wired together with secrets generated for this run only. Closing it stops everything, newest first.
 */
public final class Stack implements AutoCloseable {

    public static final String REALM = "zhurnal";
    private static final Logger LOG = Logger.getLogger(Stack.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StackSettings settings;
    private final StackExtras extras;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private EmbeddedDatabase database;

    private Stack(StackSettings settings, StackExtras extras) {
        this.settings = settings;
        this.extras = extras;
    }

    public static Stack start(StackSettings settings) {
        return start(settings, StackExtras.NONE);
    }

    /** The stack with more persons at the ESIA simulator and more users in Keycloak (the benchmark's). */
    public static Stack start(StackSettings settings, StackExtras extras) {
        Stack stack = new Stack(settings, extras);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        database = started(EmbeddedDatabase.start(settings.postgresPort(),
                settings.workDir().resolve("postgres"), settings.keepDatabase()));
        String jdbcUrl = database.createDatabase("zhurnal");

        String webClientSecret = secret();
        String brokerEndpoint = settings.keycloakUrl() + "/realms/" + REALM + "/broker/esia/endpoint";
        // ESIA's protocol needs a client GOST key and certificate (registered at the simulator) and the
        // simulator's token certificate (trusted by Keycloak): generated for this run, written to the work dir.
        GostKeys.Credentials esiaClient = GostKeys.generate("Zhurnal dev stack ESIA client", Duration.ofDays(30));
        EsiaSimulator esia = started(EsiaSimulator.start(EsiaSimulatorConfig.local(settings.esiaPort(),
                        EsiaSimulatorConfig.DEFAULT_CLIENT_ID,
                        List.of(brokerEndpoint, settings.keycloakUrl() + "/realms/" + REALM + "/"))
                .withClientCertificate(esiaClient.certificate()), extras.esiaPersons()));
        Path esiaDir = settings.workDir().resolve("esia");
        Path clientKey = privateFile(esiaDir.resolve("client-key.pem"), esiaClient.privateKeyPem());
        Path clientCertificate = privateFile(esiaDir.resolve("client-certificate.pem"), esiaClient.certificatePem());
        Path esiaCertificates = privateFile(esiaDir.resolve("esia-certificates.pem"), esia.esiaCertificatePem());

        KeycloakServer keycloak = new KeycloakServer(settings.keycloakHome(), settings.keycloakPort(),
                settings.keycloakManagementPort(), realmFile(), Map.of(
                        "ZHURNAL_BASE_URL", settings.appUrl(),
                        "ZHURNAL_OIDC_CLIENT_SECRET", webClientSecret,
                        "ZHURNAL_ESIA_URL", settings.esiaUrl(),
                        "ZHURNAL_ESIA_CLIENT_KEY_FILE", clientKey.toString(),
                        "ZHURNAL_ESIA_CLIENT_CERT_FILE", clientCertificate.toString(),
                        "ZHURNAL_ESIA_CERTS_FILE", esiaCertificates.toString()),
                settings.workDir().resolve("keycloak.log"));
        extras.keycloakUsers().ifPresent(keycloak::alsoImportingUsers);
        running.push(keycloak);
        // Keycloak and WildFly boot in parallel: the application discovers Keycloak lazily at the first sign-in.
        CompletableFuture<Void> keycloakReady = CompletableFuture.runAsync(keycloak::start);

        Map<String, String> serverEnvironment = new HashMap<>(Map.of(
                "ZHURNAL_DB_URL", jdbcUrl,
                "ZHURNAL_DB_USER", EmbeddedDatabase.USER,
                "ZHURNAL_DB_PASSWORD", secret(),
                "ZHURNAL_BASE_URL", settings.appUrl(),
                "ZHURNAL_OIDC_DISCOVERY_URI", settings.keycloakUrl() + "/realms/" + REALM
                        + "/.well-known/openid-configuration",
                "ZHURNAL_OIDC_CLIENT_SECRET", webClientSecret,
                "ZHURNAL_PII_KEY", personalDataKey(),
                "ZHURNAL_DEMO_DATA", String.valueOf(settings.demoData()),
                "ZHURNAL_DEMO_JOURNAL_ADMIN_SUBJECT", settings.demoJournalAdminBound()
                        ? StackSettings.DEMO_JOURNAL_ADMIN_SUBJECT : "none"));
        if (settings.registryPort() != 0) {
            String sftpPassword = secret();
            privateFile(settings.workDir().resolve("registry-sftp.password"), sftpPassword);
            serverEnvironment.putAll(DemoRegistry.start(settings, settings.workDir().resolve("registry-sftp"), sftpPassword,
                    running::push));
        }
        serverEnvironment.putAll(extras.serverEnvironment());
        started(WildFlyServer.start(settings.serverHome(), settings.workDir().resolve("wildfly"), settings.ear(),
                settings.wildflyPortOffset(), serverEnvironment, Duration.ofMinutes(5)));
        try {
            keycloakReady.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LOG.info(() -> "Zhurnal is up at " + settings.appUrl());
    }

    private <T extends AutoCloseable> T started(T part) {
        running.push(part);
        return part;
    }

    private Path realmFile() {
        Path file = settings.workDir().resolve("zhurnal-realm.json");
        try (InputStream realm = Stack.class.getResourceAsStream("/keycloak/zhurnal-realm.json")) {
            if (realm == null) {
                throw new IllegalStateException("keycloak/zhurnal-realm.json is not on the class path");
            }
            Files.createDirectories(file.getParent());
            Files.copy(realm, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to a file only the owner may read (replacing an older one); returns its absolute path. */
    private static Path privateFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A fresh random secret for this run; never written to the repository. */
    private static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    /**
     * The key personal data (SNILS) is encrypted with. A kept database needs the same key on every start, so
     * the dev stack generates it once into its work directory (readable by the owner only); a fresh database
     * (tests) gets a fresh key. Never a key from the repository.
     */
    private String personalDataKey() {
        if (!settings.keepDatabase()) {
            return Base64.getEncoder().encodeToString(randomBytes());
        }
        Path file = settings.workDir().resolve("pii.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(randomBytes()));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the personal-data key in " + file, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Another database on the stack's PostgreSQL (created if missing); returns its JDBC URL. */
    public String createDatabase(String name) {
        return database.createDatabase(name);
    }

    public StackSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warning(() -> part.getClass().getSimpleName() + " did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
