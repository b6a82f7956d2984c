package org.zhurnal.integration.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import static org.apache.camel.builder.Builder.header;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.integration.camel.FailureHeaders;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryDocuments;
import org.zhurnal.simulators.registry.RegistryFixtures;

/** The file inbox and the import route with the other side misbehaving: duplicates, bad records, a database down, garbage. */
class RegistryImportRouteTest {

    static final String INN = "2466001234";
    static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

    @TempDir
    Path inbox;

    final FakeJournal journal = new FakeJournal();
    final FakeContingent contingent = new FakeContingent();
    final RegistryImportRoute route = new RegistryImportRoute();
    DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        camel = TestCamel.context(properties());
        route.batchSize = 100;
        route.journal = journal;
        route.contingent = contingent;
        camel.addRoutes(route);
        camel.start();
    }

    private Properties properties() {
        Properties props = new Properties();
        props.setProperty("zhurnal.registry.inbox", inbox.toString());
        props.setProperty("zhurnal.registry.inbox-poll-ms", "20");
        return props;
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        String xml = RegistryDocuments.xml("MSG-1", arrivals("A", 3));
        drop("first.xml", xml, 1);
        drop("again.xml", xml, 1);

        assertThat(contingent.applied).containsOnlyKeys("A-1", "A-2", "A-3");
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
        assertThat(journal.withStatus(Status.COMPLETED)).singleElement()
                .satisfies(e -> assertThat(e.counts().applied()).isEqualTo(3));
        assertThat(journal.withStatus(Status.DUPLICATE)).singleElement()
                .satisfies(e -> assertThat(e.counts().duplicates()).isEqualTo(3));
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(inbox.resolve(".done")));
        assertThat(Files.list(inbox.resolve(".done"))).hasSize(2);
    }

    @Test
    void theSameRecordInAnotherMessageIsAppliedOnce() throws Exception {
        drop("one.xml", RegistryDocuments.xml("MSG-1", arrivals("A", 2)), 1);
        drop("two.csv", RegistryDocuments.csv(null, arrivals("A", 3)), 1);

        assertThat(contingent.applied).hasSize(3);
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
        assertThat(journal.exchanges.values()).extracting(e -> e.counts().duplicates()).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void badRecordsGoToTheErrorReportWithTheReasonAndTheRestIsApplied() throws Exception {
        List<RegistryChange> changes = new java.util.ArrayList<>(arrivals("A", 1));
        changes.add(RegistryChange.departure("B-1", INN, "112-233-445 00", SEPT_1));
        changes.add(RegistryChange.of(Map.of("recordId", "B-2", "kind", "STUDENT_FLEW_AWAY", "schoolInn", INN,
                "effectiveDate", "2026-09-01")));
        changes.add(RegistryChange.of(Map.of("kind", "CLASS_OPENED", "schoolInn", INN, "grade", "5", "letter", "В",
                "effectiveDate", "2026-09-01")));
        changes.add(RegistryChange.of(Map.of("recordId", "B-3", "kind", "CLASS_OPENED", "schoolInn", INN,
                "grade", "12", "letter", "В", "effectiveDate", "2026-09-01")));
        drop("mixed.csv", RegistryDocuments.csv("MSG-MIXED", changes), 1);

        assertThat(contingent.applied).containsOnlyKeys("A-1");
        assertThat(journal.withStatus(Status.PARTIAL)).singleElement()
                .satisfies(e -> assertThat(e.counts()).isEqualTo(
                        new org.zhurnal.exchange.application.ExchangeCounts(5, 1, 0, 4)));
        assertThat(journal.rejections).extracting(FakeJournal.Rejection::reason).containsExactly(
                "Неверный СНИЛС: проверьте номер",
                "Неизвестный вид изменения: STUDENT_FLEW_AWAY",
                "Не указан или неверен идентификатор записи (латиница, цифры, «._:-», до 100 символов)",
                "Параллель — число от 1 до 11");
    }

    @Test
    void aTransientFailureIsRedeliveredAndResumesWithoutApplyingTwice() throws Exception {
        contingent.failuresLeft.set(2);
        drop("batch.xml", RegistryDocuments.xml("MSG-T", arrivals("A", 4)), 1);

        assertThat(contingent.applied).hasSize(4);
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
        assertThat(journal.withStatus(Status.COMPLETED)).singleElement()
                .satisfies(e -> assertThat(e.counts().applied()).isEqualTo(4));
        assertThat(TestCamel.deadLetters(camel).getReceivedCounter()).isZero();
    }

    @Test
    void aFailureThatOutlastsTheRedeliveriesEndsInTheDeadLetterQueueWithTheOriginalBody() throws Exception {
        contingent.down();
        String xml = RegistryDocuments.xml("MSG-DOWN", arrivals("A", 2));
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedBodiesReceived(xml);
        deadLetters.expectedHeaderReceived(FailureHeaders.ROUTE_ID, RegistryImportRoute.IMPORT_ROUTE_ID);
        drop("down.xml", xml, 1);

        deadLetters.assertIsSatisfied(5_000);
        assertThat(contingent.calls).hasValue(4);
        assertThat(deadLetters.getExchanges().get(0).getMessage().getHeader(RegistryHeaders.SOURCE)).isEqualTo("down.xml");
        assertThat(journal.withStatus(Status.FAILED)).singleElement()
                .satisfies(e -> assertThat(e.error()).startsWith("Временный сбой при применении записей с 1"));

        contingent.up();
        drop("down-again.xml", xml, 1);
        assertThat(contingent.applied).hasSize(2);
    }

    @Test
    void aBatchRefusedForOneRecordIsNarrowedDownToItAndTheOthersLand() throws Exception {
        contingent.refusals.put("N-37", "Класса 5А нет в школе в учебном году на дату 2026-09-01");
        contingent.refusals.put("N-205", "Этот СНИЛС уже указан в карточке другого человека.");
        drop("narrow.csv", RegistryDocuments.csv("MSG-NARROW", arrivals("N", 250)), 1);

        assertThat(contingent.applied).hasSize(248).doesNotContainKeys("N-37", "N-205");
        assertThat(journal.rejections).extracting(FakeJournal.Rejection::recordId).containsExactly("N-37", "N-205");
        assertThat(journal.rejections).extracting(FakeJournal.Rejection::reason).containsExactly(
                "Класса 5А нет в школе в учебном году на дату 2026-09-01", "Этот СНИЛС уже указан в карточке другого человека.");
        assertThat(journal.withStatus(Status.PARTIAL)).singleElement().satisfies(e -> assertThat(e.counts())
                .isEqualTo(new org.zhurnal.exchange.application.ExchangeCounts(250, 248, 0, 2)));
        // two batches narrowed down in ~2·log2(100) transactions each, the clean third at once
        assertThat(contingent.batchSizes.get(0)).isEqualTo(100);
        assertThat(contingent.calls.get()).isLessThan(40);
    }

    @Test
    void garbageIsDeadLetteredAtOnceWithTheOriginalBody() throws Exception {
        String garbage = "<html>Это не выгрузка реестра";
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedBodiesReceived(garbage);
        drop("garbage.xml", garbage, 1);

        deadLetters.assertIsSatisfied(5_000);
        assertThat(deadLetters.getExchanges().get(0).getMessage().getHeader(FailureHeaders.FAILURE, String.class))
                .isEqualTo("Корневой элемент должен быть contingentChanges, а не html");
        assertThat(journal.withStatus(Status.FAILED)).hasSize(1);
        assertThat(contingent.calls).hasValue(0);
    }

    static List<RegistryChange> arrivals(String prefix, int count) {
        return RegistryFixtures.arrivals(prefix, count, INN, 5, "А", SEPT_1, 300_000_000L);
    }

    /** Drops a file into the inbox (written aside, then renamed in, as the registry must) and waits for the import. */
    private void drop(String name, String content, int imports) throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(RegistryImportRoute.FILE_ROUTE_ID)
                .filter(header(Exchange.FILE_NAME).isEqualTo(name)).whenDone(imports).create();
        Path temp = Files.createTempFile(inbox.getParent(), "registry", ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, inbox.resolve(name));
        assertThat(done.matches(10, TimeUnit.SECONDS)).as("file %s imported", name).isTrue();
    }
}
