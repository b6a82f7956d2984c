package org.zhurnal.devstack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryFixtures;
import org.zhurnal.simulators.registry.RegistrySftpServer;
import org.zhurnal.simulators.registry.RegistrySimulator;

/**
 * The regional registry beside the dev stack, so that «Обмен данными» shows live exchanges: the registry
 * simulator (REST pull) with new first-graders for the demo school № 1 (INN 2460000010) and one record the
 * import refuses (a class the school does not have), and the registry's SFTP server with an empty inbox to drop
 * files into (password generated for the run, in the work directory).
 */
final class DemoRegistry {

    static final String DEMO_SCHOOL_INN = "2460000010";
    static final String SFTP_USER = "registry";

    private DemoRegistry() {
    }

    static List<RegistryChange> changes() {
        LocalDate sept1 = LocalDate.of(2026, 9, 1);
        List<RegistryChange> changes = new ArrayList<>(
                RegistryFixtures.arrivals("DEMO", 24, DEMO_SCHOOL_INN, 1, "А", sept1, 246_000_100L));
        changes.add(RegistryChange.of(Map.of("recordId", "DEMO-CLASS-11Я", "kind", "CLASS_OPENED",
                "schoolInn", "2460000099", "grade", "11", "letter", "Я", "effectiveDate", "2026-09-01")));
        return changes;
    }

    /** Starts both simulators (closed with the stack); returns the application's environment for them. */
    static Map<String, String> start(StackSettings settings, Path sftpRoot, String sftpPassword,
                                     java.util.function.Consumer<AutoCloseable> running) {
        RegistrySimulator registry = RegistrySimulator.start(settings.registryPort()).publish(changes());
        running.accept(registry);
        RegistrySftpServer sftp = RegistrySftpServer.start(settings.registryPort() + 1, sftpRoot, SFTP_USER, sftpPassword);
        running.accept(sftp);
        return Map.of(
                "ZHURNAL_REGISTRY_PULL_URL", registry.baseUrl(),
                "ZHURNAL_REGISTRY_PULL_PERIOD_MS", "15000",
                "ZHURNAL_REGISTRY_SFTP_HOST", "127.0.0.1",
                "ZHURNAL_REGISTRY_SFTP_PORT", String.valueOf(sftp.port()),
                "ZHURNAL_REGISTRY_SFTP_USER", SFTP_USER,
                "ZHURNAL_REGISTRY_SFTP_PASSWORD", sftpPassword);
    }
}
