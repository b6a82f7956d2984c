package org.zhurnal.integration.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.registry.RegistryDocuments;
import org.zhurnal.simulators.registry.RegistrySftpServer;

/** The registry's files over SFTP, against a real SFTP server (the registry SFTP simulator). */
class RegistrySftpRouteTest {

    static final String USER = "registry";
    static final String PASSWORD = "test-only&(x)-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path dir;

    final FakeJournal journal = new FakeJournal();
    final FakeContingent contingent = new FakeContingent();
    RegistrySftpServer sftp;
    DefaultCamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (sftp != null) {
            sftp.close();
        }
    }

    @Test
    void aFileOnTheRegistrysServerIsImportedOnceAndMovedToDone() throws Exception {
        sftp = RegistrySftpServer.start(0, dir.resolve("registry"), USER, PASSWORD);
        startCamel(sftp.port(), PASSWORD);

        String csv = RegistryDocuments.csv("SFTP-1", RegistryImportRouteTest.arrivals("S", 7));
        sftp.drop("changes.csv", csv);

        await().atMost(Duration.ofSeconds(20)).until(() -> journal.withStatus(Status.COMPLETED).size() == 1);
        assertThat(contingent.applied).hasSize(7);
        FakeJournal.Logged logged = journal.withStatus(Status.COMPLETED).get(0);
        assertThat(logged.channel()).isEqualTo("SFTP");
        assertThat(logged.source()).isEqualTo("changes.csv");
        Path inbox = sftp.root().resolve(RegistrySftpServer.INBOX);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.isDirectory(inbox.resolve(".done"))
                && !Files.exists(inbox.resolve("changes.csv")));
        try (Stream<Path> done = Files.list(inbox.resolve(".done"))) {
            assertThat(done).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-changes.csv"));
        }

        sftp.drop("again.csv", csv);
        await().atMost(Duration.ofSeconds(20)).until(() -> journal.withStatus(Status.DUPLICATE).size() == 1);
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
    }

    @Test
    void whileTheServerIsDownOrRefusesTheLoginNothingIsTakenAndTheRouteRecoversWhenItComesBack() throws Exception {
        int port = freePort();
        startCamel(port, PASSWORD);
        sftp = RegistrySftpServer.start(port, dir.resolve("registry"), USER, "another-" + PASSWORD);
        sftp.drop("waiting.xml", RegistryDocuments.xml("SFTP-2", RegistryImportRouteTest.arrivals("W", 3)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> journal.exchanges.isEmpty());
        assertThat(Files.exists(sftp.root().resolve(RegistrySftpServer.INBOX).resolve("waiting.xml"))).isTrue();
        sftp.close();

        sftp = RegistrySftpServer.start(port, dir.resolve("registry"), USER, PASSWORD);
        await().atMost(Duration.ofSeconds(20)).until(() -> contingent.applied.size() == 3);
        assertThat(journal.withStatus(Status.COMPLETED)).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo("waiting.xml"));
    }

    private void startCamel(int port, String password) throws Exception {
        Properties props = new Properties();
        props.setProperty("zhurnal.registry.inbox", dir.resolve("unused-local-inbox").toString());
        props.setProperty("zhurnal.registry.inbox-poll-ms", "60000");
        camel = TestCamel.context(props);
        RegistryImportRoute imports = new RegistryImportRoute();
        imports.journal = journal;
        imports.contingent = contingent;
        RegistrySftpRoute route = new RegistrySftpRoute();
        route.host = Optional.of("127.0.0.1");
        route.port = port;
        route.user = Optional.of(USER);
        route.password = Optional.of(password);
        route.privateKeyFile = Optional.empty();
        route.knownHostsFile = Optional.empty();
        route.directory = RegistrySftpServer.INBOX;
        route.pollMs = 100;
        camel.addRoutes(imports);
        camel.addRoutes(route);
        camel.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
