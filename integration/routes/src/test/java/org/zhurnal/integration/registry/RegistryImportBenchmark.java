package org.zhurnal.integration.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryDocuments;
import org.zhurnal.simulators.registry.RegistryFixtures;

/**
 * A benchmark, not a test (skipped unless {@code -Dzhurnal.benchmark=true}): records per second through the
 * import route — reading the XML or CSV, checking and mapping every record, the per-record idempotency and the
 * exchange log — with the application services replaced by in-memory fakes, so it measures our Camel path and
 * not PostgreSQL. Figures and the command are in docs/exchange-registry.md.
 */
@EnabledIfSystemProperty(named = "zhurnal.benchmark", matches = "true")
class RegistryImportBenchmark {

    private static final Logger LOG = Logger.getLogger(RegistryImportBenchmark.class.getName());
    private static final int RECORDS = Integer.getInteger("zhurnal.benchmark.records", 100_000);
    private static final int ROUNDS = 5;

    @Test
    void importPath() throws Exception {
        List<RegistryChange> changes = RegistryFixtures.arrivals("B", RECORDS, "2466001234", 5, "А",
                java.time.LocalDate.of(2026, 9, 1), 300_000_000L);
        for (String format : List.of("xml", "csv")) {
            double best = 0;
            for (int round = 0; round < ROUNDS; round++) {
                best = Math.max(best, run(format, changes, round));
            }
            double perSecond = best;
            LOG.info(() -> String.format("registry import, %s, %,d records: best of %d rounds %,.0f records/s",
                    format, RECORDS, ROUNDS, perSecond));
            System.out.printf("BENCHMARK registry-import %s %d records: %.0f records/s%n", format, RECORDS, perSecond);
        }
    }

    private static double run(String format, List<RegistryChange> changes, int round) throws Exception {
        FakeJournal journal = new FakeJournal();
        FakeContingent contingent = new FakeContingent();
        Properties props = new Properties();
        props.setProperty("zhurnal.registry.inbox", System.getProperty("java.io.tmpdir") + "/benchmark-inbox");
        props.setProperty("zhurnal.registry.inbox-poll-ms", "600000");
        DefaultCamelContext camel = TestCamel.context(props);
        RegistryImportRoute route = new RegistryImportRoute();
        route.journal = journal;
        route.contingent = contingent;
        camel.addRoutes(route);
        camel.start();
        try {
            String text = "xml".equals(format) ? RegistryDocuments.xml("BENCH-" + round, changes)
                    : RegistryDocuments.csv("BENCH-" + round, changes);
            ProducerTemplate template = camel.createProducerTemplate();
            long start = System.nanoTime();
            new RegistryHandOff(camel).importText(text, format, "FILE", "benchmark." + format);
            long elapsed = System.nanoTime() - start;
            assertThat(contingent.applied).hasSize(changes.size());
            template.close();
            return changes.size() / (elapsed / 1e9);
        } finally {
            camel.stop();
        }
    }
}
