package org.zhurnal.integration.registry;

import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryDocuments;

/**
 * Arrivals applied on two threads, split by student: every record once, a refused one narrowed down inside its
 * part, a record that is not an arrival applied alone between the arrivals before and after it, a database that
 * fails in one part redelivered without applying anything twice.
 */
class RegistryParallelImportTest {

    @TempDir
    Path inbox;

    final FakeJournal journal = new FakeJournal();
    final FakeContingent contingent = new FakeContingent();
    final ExecutorService threads = Executors.newFixedThreadPool(2);
    DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        Properties props = new Properties();
        props.setProperty("zhurnal.registry.inbox", inbox.toString());
        props.setProperty("zhurnal.registry.inbox-poll-ms", "20");
        camel = TestCamel.context(props);
        RegistryImportRoute route = new RegistryImportRoute();
        route.batchSize = 100;
        route.importThreads = 2;
        route.executor = threads;
        route.journal = journal;
        route.contingent = contingent;
        camel.addRoutes(route);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
        threads.shutdownNow();
    }

    @Test
    void arrivalsSplitByStudentOverTwoThreadsWithTheOtherRecordsInTheirPlace() throws Exception {
        List<RegistryChange> changes = new ArrayList<>(RegistryImportRouteTest.arrivals("P", 150));
        changes.add(60, RegistryChange.of(Map.of("recordId", "CLASS-5B", "kind", "CLASS_OPENED",
                "schoolInn", RegistryImportRouteTest.INN, "grade", "5", "letter", "Б", "effectiveDate", "2026-09-01")));
        contingent.refusals.put("P-120", "Этот СНИЛС уже указан в карточке другого человека.");
        drop("parallel.csv", RegistryDocuments.csv("MSG-PARALLEL", changes));

        assertThat(contingent.applied).hasSize(150).doesNotContainKey("P-120");
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
        assertThat(journal.rejections).extracting(FakeJournal.Rejection::recordId).containsExactly("P-120");
        assertThat(journal.withStatus(Status.PARTIAL)).singleElement().satisfies(e -> assertThat(e.counts())
                .isEqualTo(new ExchangeCounts(151, 150, 0, 1)));
        assertThat(contingent.threads).filteredOn(name -> name.startsWith("pool-")).hasSize(2);
        // the class opening is a transaction of its own, after every arrival before it and before every one after it
        List<List<String>> order = contingent.committed;
        int opening = order.indexOf(List.of("CLASS-5B"));
        assertThat(opening).isPositive();
        assertThat(order.subList(0, opening).stream().flatMap(List::stream))
                .allMatch(id -> Integer.parseInt(id.substring(2)) <= 60);
        assertThat(order.subList(opening + 1, order.size()).stream().flatMap(List::stream))
                .allMatch(id -> Integer.parseInt(id.substring(2)) > 60);
    }

    @Test
    void aPartFailingTransientlyIsRedeliveredAndNothingAppliesTwice() throws Exception {
        contingent.failuresLeft.set(1);
        drop("flaky.csv", RegistryDocuments.csv("MSG-FLAKY", RegistryImportRouteTest.arrivals("F", 200)));

        assertThat(contingent.applied).hasSize(200);
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
        assertThat(journal.withStatus(Status.COMPLETED)).singleElement()
                .satisfies(e -> assertThat(e.counts()).isEqualTo(new ExchangeCounts(200, 200, 0, 0)));
    }

    private void drop(String name, String content) throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(RegistryImportRoute.FILE_ROUTE_ID)
                .filter(header(Exchange.FILE_NAME).isEqualTo(name)).whenDone(1).create();
        Path temp = Files.createTempFile(inbox.getParent(), "registry", ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, inbox.resolve(name));
        assertThat(done.matches(20, TimeUnit.SECONDS)).as("file %s imported", name).isTrue();
    }
}
