package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.sshd.common.util.GenericUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.exchange.application.DeadLetterItem;
import org.zhurnal.exchange.application.ExchangeOperations;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryDocuments;
import org.zhurnal.simulators.registry.RegistryFixtures;
import org.zhurnal.simulators.registry.RegistrySftpServer;

/**
 * The registry's SFTP input in the deployed application against the real SFTP simulator (Apache MINA SSHD), started
 * inside the server on the port the route is configured with (arquillian.xml): while the server is down nothing is
 * taken, once it is up a file there is imported through the real services and moved to {@code .done}; the same file
 * again changes nothing; a garbage file ends in the dead-letter queue with its original body.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrySftpIT {

    static final LocalDate SEPT_1 = day("2026-09-01");

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(RegistrySftpIT.class, ClassesTestData.class, RegionTestData.class, Db.class,
                RegistryChange.class, RegistryDocuments.class, RegistryFixtures.class, RegistrySftpServer.class)
                .addAsLibraries(jarOf(SshServer.class), jarOf(SftpSubsystemFactory.class), jarOf(GenericUtils.class));
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolClassService classes;

    @Inject
    ExchangeOperations operations;

    @Inject
    AuditLog audit;

    @Test
    void aFileOnTheSftpServerIsImportedOnceAndGarbageIsDeadLetteredWithItsBody() throws Exception {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        String inn = Db.column(db, "SELECT inn FROM school WHERE id = ?", data.school()).get(0);
        ClassItem sevenA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 7, "А", null));
        String tag = RegionTestData.tag();
        long firstSnils = 800_000_000L + (Long.parseLong(tag) % 100_000) * 100;
        String name = "sftp-" + tag + ".csv";
        String csv = RegistryDocuments.csv("SFTP-" + tag, RegistryFixtures.arrivals("SF" + tag, 5, inn, 7, "А", SEPT_1,
                firstSnils));

        Config config = ConfigProvider.getConfig();
        Path root = Files.createTempDirectory("registry-sftp-it");
        // the registry's server is down: the file waits there, nothing is taken
        Files.createDirectories(root.resolve(RegistrySftpServer.INBOX));
        Files.writeString(root.resolve(RegistrySftpServer.INBOX).resolve(name), csv, StandardCharsets.UTF_8);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Db.count(db, "SELECT count(*) FROM exchange_log WHERE source = ?", name) == 0);

        try (RegistrySftpServer sftp = RegistrySftpServer.start(config.getValue("zhurnal.registry.sftp-port", Integer.class),
                root, config.getValue("zhurnal.registry.sftp-user", String.class),
                config.getValue("zhurnal.registry.sftp-password", String.class))) {
            // it comes back: the file is imported once, through the SFTP channel, and moved to .done on the server
            awaitExchange(name, "COMPLETED");
            assertThat(Db.column(db, "SELECT concat_ws('|', channel, received, applied, duplicates, rejected) "
                    + "FROM exchange_log WHERE source = ?", name)).containsExactly("SFTP|5|5|0|0");
            assertThat(classes.roster(REGION_ADMIN, sevenA.id(), SEPT_1).students()).hasSize(5);
            await().atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(root.resolve(RegistrySftpServer.INBOX)
                    .resolve(name)) && doneFiles(root).stream().anyMatch(done -> done.endsWith("-" + name)));
            assertThat(audit.verify().intact()).isTrue();
            long events = Db.count(db, "SELECT count(*) FROM enrolment_event");

            // the registry puts the same file again: a duplicate, nothing changes
            sftp.drop(name, csv);
            await().atMost(Duration.ofSeconds(60)).until(() -> Db.column(db,
                    "SELECT status FROM exchange_log WHERE source = ? ORDER BY id", name),
                    statuses -> statuses.equals(List.of("COMPLETED", "DUPLICATE")));
            assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event")).isEqualTo(events);
            assertThat(classes.roster(REGION_ADMIN, sevenA.id(), SEPT_1).students()).hasSize(5);
            await().atMost(Duration.ofSeconds(30)).until(() -> doneFiles(root).stream()
                    .filter(done -> done.endsWith("-" + name)).count() == 2);

            // garbage: the dead-letter queue keeps it with the original text, the file is moved off the inbox
            String garbage = "<html>502 Bad Gateway — " + tag + "</html>";
            String garbageName = "garbage-" + tag + ".xml";
            sftp.drop(garbageName, garbage);
            DeadLetterItem letter = await().atMost(Duration.ofSeconds(60)).until(() -> operations
                    .deadLetters(REGION_ADMIN).stream().filter(l -> "WAITING".equals(l.status())
                            && garbageName.equals(l.source())).findFirst().orElse(null), l -> l != null);
            assertThat(letter.failure()).isEqualTo("Корневой элемент должен быть contingentChanges, а не html");
            assertThat(letter.size()).isEqualTo(garbage.length());
            await().atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(root.resolve(RegistrySftpServer.INBOX)
                    .resolve(garbageName)));
            // the decision keeps the message as it came in
            operations.discard(REGION_ADMIN, letter.id(), "тестовый мусор");
            assertThat(Db.column(db, "SELECT body FROM dead_letter WHERE message_id = ?", letter.id()))
                    .containsExactly(garbage);
        }
    }

    private void awaitExchange(String source, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.column(db,
                "SELECT status FROM exchange_log WHERE source = ?", source), statuses -> statuses.contains(status));
    }

    private static List<String> doneFiles(Path root) throws Exception {
        Path done = root.resolve(RegistrySftpServer.INBOX).resolve(".done");
        if (!Files.isDirectory(done)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
