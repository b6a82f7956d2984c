package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryDocuments;
import org.zhurnal.simulators.registry.RegistryFixtures;

/**
 * A benchmark, not a test (not matched by the IT pattern; run it by name, see docs/exchange-registry.md):
 * records per second from a dropped file to students enrolled in PostgreSQL through the real services, one
 * transaction per record, as the exchange log times it.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportThroughput {

    private static final Logger LOG = Logger.getLogger(RegistryImportThroughput.class.getName());
    private static final int RECORDS = Integer.getInteger("zhurnal.benchmark.records", 3_000);

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(RegistryImportThroughput.class, ClassesTestData.class, RegionTestData.class, Db.class,
                RegistryChange.class, RegistryDocuments.class, RegistryFixtures.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolClassService classes;

    @Test
    void enrolmentsPerSecond() throws Exception {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        String inn = Db.column(db, "SELECT inn FROM school WHERE id = ?", data.school()).get(0);
        classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", null));
        String tag = RegionTestData.tag();
        String name = "throughput-" + tag + ".csv";
        String csv = RegistryDocuments.csv("TP-" + tag, RegistryFixtures.arrivals("TP" + tag, RECORDS, inn, 5, "А",
                day("2026-09-01"), 500_000_000L + Long.parseLong(tag) * 10_000 % 400_000_000L));
        Path inbox = Path.of(ConfigProvider.getConfig().getValue("zhurnal.registry.inbox", String.class));
        Files.createDirectories(inbox);
        Path temp = Files.createTempFile(inbox.getParent(), "registry", ".part");
        Files.writeString(temp, csv, StandardCharsets.UTF_8);
        Files.move(temp, inbox.resolve(name));

        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> Db.column(db,
                "SELECT status FROM exchange_log WHERE source = ?", name), s -> s.contains("COMPLETED"));
        String figures = Db.column(db, "SELECT concat_ws('|', applied, "
                + "extract(epoch FROM finished_at - started_at)) FROM exchange_log WHERE source = ?", name).get(0);
        String[] parts = figures.split("\\|");
        double seconds = Double.parseDouble(parts[1]);
        assertThat(Integer.parseInt(parts[0])).isEqualTo(RECORDS);
        String line = String.format("BENCHMARK registry import into PostgreSQL: %d records in %.1f s = %.0f records/s",
                RECORDS, seconds, RECORDS / seconds);
        LOG.info(line);
        System.out.println(line);
    }
}
