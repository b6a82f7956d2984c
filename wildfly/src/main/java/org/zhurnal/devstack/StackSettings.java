package org.zhurnal.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack's parts listen and where its files live. Ports default away from the well-known ones
 * (5432, 8080, 8180, 9990 may be taken on a developer's machine) and are overridden by environment variables.
 *
 * @param wildflyPortOffset WildFly's socket-binding offset: HTTP is 8080 + offset, management 9990 + offset
 * @param registryPort the registry simulator's port (its SFTP server listens on the next one); 0: no registry
 * @param demoJournalAdminBound whether the demo data binds the demo journal administrator's account (1000002) to
 *        his card; the system tests leave it unbound, they bind it through the suggestion flow themselves
 */
public record StackSettings(int postgresPort, int wildflyPortOffset, int keycloakPort, int keycloakManagementPort,
                            int esiaPort, Path workDir, Path serverHome, Path keycloakHome, Path ear,
                            boolean demoData, boolean keepDatabase, boolean demoJournalAdminBound,
                            int registryPort) {

    /** The Keycloak subject of the demo journal administrator (config/…/keycloak/zhurnal-realm.json). */
    public static final String DEMO_JOURNAL_ADMIN_SUBJECT = "e51a0000-0000-4000-8000-000001000002";

    /** The interactive dev stack: demo data, a database kept between runs. */
    public static StackSettings dev(Map<String, String> env, StackPaths paths) {
        return new StackSettings(
                port(env, "ZHURNAL_PG_PORT", 25432),
                port(env, "ZHURNAL_WILDFLY_PORT_OFFSET", 20000),
                port(env, "ZHURNAL_KEYCLOAK_PORT", 28180),
                port(env, "ZHURNAL_KEYCLOAK_MANAGEMENT_PORT", 28190),
                port(env, "ZHURNAL_ESIA_PORT", 28280),
                paths.workDir().resolve("dev"), paths.serverHome(), paths.keycloakHome(), paths.ear(),
                true, true, true, port(env, "ZHURNAL_REGISTRY_PORT", 28380));
    }

    /** The stack the system tests start: its own ports, a fresh database every run. */
    public static StackSettings test(Map<String, String> env, StackPaths paths) {
        return new StackSettings(
                port(env, "ZHURNAL_TEST_PG_PORT", 35432),
                port(env, "ZHURNAL_TEST_WILDFLY_PORT_OFFSET", 30000),
                port(env, "ZHURNAL_TEST_KEYCLOAK_PORT", 38180),
                port(env, "ZHURNAL_TEST_KEYCLOAK_MANAGEMENT_PORT", 38190),
                port(env, "ZHURNAL_TEST_ESIA_PORT", 38280),
                paths.workDir().resolve("test"), paths.serverHome(), paths.keycloakHome(), paths.ear(),
                true, false, false, 0);
    }

    /**
     * A benchmark's stack: its own ports (so it can run beside the dev stack), no demo data, and a database kept
     * per dataset in {@code bench-<dataset>} (generating a large region takes long).
     */
    public static StackSettings bench(Map<String, String> env, StackPaths paths, String dataset) {
        return new StackSettings(
                port(env, "ZHURNAL_BENCH_PG_PORT", 26432),
                port(env, "ZHURNAL_BENCH_WILDFLY_PORT_OFFSET", 22000),
                port(env, "ZHURNAL_BENCH_KEYCLOAK_PORT", 29180),
                port(env, "ZHURNAL_BENCH_KEYCLOAK_MANAGEMENT_PORT", 29190),
                port(env, "ZHURNAL_BENCH_ESIA_PORT", 29280),
                paths.workDir().resolve("bench-" + dataset), paths.serverHome(), paths.keycloakHome(), paths.ear(),
                false, true, false, 0);
    }

    public int httpPort() {
        return 8080 + wildflyPortOffset;
    }

    public int managementPort() {
        return 9990 + wildflyPortOffset;
    }

    public String appUrl() {
        return "http://localhost:" + httpPort();
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String esiaUrl() {
        return "http://localhost:" + esiaPort;
    }

    public String registryUrl() {
        return "http://localhost:" + registryPort;
    }

    public String healthUrl() {
        return appUrl() + "/health";
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
