package org.zhurnal.bench.exchange;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The registry import benchmark, end to end (docs/exchange-registry.md, "Benchmark"): generates N arrivals in the
 * registry simulator's CSV format (default 50,000, environment {@code ZHURNAL_BENCH_REGISTRY_RECORDS}) spread over
 * eleven classes of a new school, drops the file into the deployed application's inbox and waits until the exchange
 * log says it is done; prints records/s by the log's own timing (read, check, apply, audit, commit) and by the
 * wall clock from the drop (adds the inbox poll), the CPU the application server (and of it its JIT compiler
 * threads) and PostgreSQL spent meanwhile. With {@code ZHURNAL_BENCH_REGISTRY_WARMUP} = M &gt; 0 a first file of M
 * arrivals (another school) is imported and reported before the measured one: a server that has just started
 * spends much of the first import compiling it. Runs in the container against the real PostgreSQL; not a test
 * (not matched by the IT pattern): {@code -Dit.test=RegistryImportBench}.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportBench {

    private static final Logger LOG = Logger.getLogger(RegistryImportBench.class.getName());
    private static final LocalDate SEPT_1 = day("2026-09-01");
    private static final String LETTER = "Т";

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(RegistryImportBench.class, ServerCpu.class, DatabaseCpu.class, ClassesTestData.class, RegionTestData.class, Db.class,
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
    void registryRecordsPerSecond() throws Exception {
        int records = Integer.parseInt(System.getenv().getOrDefault("ZHURNAL_BENCH_REGISTRY_RECORDS", "50000"));
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("ZHURNAL_BENCH_REGISTRY_WARMUP", "0"));
        if (warmUp > 0) {
            importInto(warmUp, "warm-up (first import after the server started)");
        }
        importInto(records, warmUp > 0 ? "after a warm-up of " + warmUp + " records" : "first import after the server started");
    }

    /** One file of {@code records} arrivals into eleven new classes of a new school, timed from the drop. */
    private void importInto(int records, String round) throws Exception {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        String inn = Db.column(db, "SELECT inn FROM school WHERE id = ?", data.school()).get(0);
        String tag = RegionTestData.tag();
        long firstSnils = 700_000_000L + (Long.parseLong(tag) % 2_000) * 100_000L;
        List<RegistryChange> changes = new ArrayList<>(records);
        for (int grade = 1; grade <= 11; grade++) {
            classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), grade, LETTER, null));
            int from = records * (grade - 1) / 11;
            int count = records * grade / 11 - from;
            changes.addAll(RegistryFixtures.arrivals("B" + tag + "-" + grade, count, inn, grade, LETTER, SEPT_1,
                    firstSnils + from));
        }
        String name = "bench-" + tag + ".csv";
        String csv = RegistryDocuments.csv("BENCH-" + tag, changes);

        Path inbox = Path.of(ConfigProvider.getConfig().getValue("zhurnal.registry.inbox", String.class));
        Files.createDirectories(inbox);
        Path temp = Files.createTempFile(inbox.getParent(), "registry", ".part");
        Files.writeString(temp, csv, StandardCharsets.UTF_8);
        ServerCpu cpu = ServerCpu.now();
        DatabaseCpu dbCpu = DatabaseCpu.now(db);
        long dropped = System.nanoTime();
        Files.move(temp, inbox.resolve(name));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> Db.column(db,
                "SELECT status FROM exchange_log WHERE source = ?", name), s -> s.contains("COMPLETED"));
        double wall = (System.nanoTime() - dropped) / 1e9;
        ServerCpu used = ServerCpu.now().minus(cpu);
        DatabaseCpu dbUsed = DatabaseCpu.now(db).minus(dbCpu);

        String[] figures = Db.column(db, "SELECT concat_ws('|', applied, extract(epoch FROM finished_at - started_at)) "
                + "FROM exchange_log WHERE source = ?", name).get(0).split("\\|");
        double logged = Double.parseDouble(figures[1]);
        assertThat(Integer.parseInt(figures[0])).isEqualTo(records);
        assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event e JOIN school_class c ON c.id = e.school_class_id "
                + "WHERE c.school_id = ? AND c.letter = ?", data.school(), LETTER)).isEqualTo(records);
        int batchSize = ConfigProvider.getConfig().getOptionalValue("zhurnal.registry.batch-size", Integer.class).orElse(1000);
        int threads = ConfigProvider.getConfig().getOptionalValue("zhurnal.registry.import-threads", Integer.class).orElse(2);
        String line = String.format("BENCHMARK registry import into PostgreSQL (%s): %d records (%d KiB CSV), "
                        + "batches of %d, arrivals on %d thread(s), "
                        + "exchange log %.2f s = %.0f records/s, from the drop %.2f s = %.0f records/s; "
                        + "application server CPU %.2f s = %.0f records per server CPU second "
                        + "(of which JIT compiler threads %.2f s; without them %.0f records per server CPU second); "
                        + "PostgreSQL CPU %.2f s; together %.0f records per CPU second; "
                        + "machine load average %.1f",
                round, records, csv.length() / 1024, batchSize, threads, logged, records / logged, wall, records / wall,
                used.processSeconds(), records / used.processSeconds(), used.compilerSeconds(),
                records / (used.processSeconds() - used.compilerSeconds()), dbUsed.seconds(),
                records / (used.processSeconds() + dbUsed.seconds()), used.loadAverage());
        LOG.info(line);
        System.out.println(line);
    }
}
