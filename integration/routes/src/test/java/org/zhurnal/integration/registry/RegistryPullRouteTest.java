package org.zhurnal.integration.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.registry.RegistrySimulator;
import org.zhurnal.simulators.registry.RegistrySimulator.Mode;

/** The REST pull against the registry simulator failing as real systems do: down, slow, garbage, duplicate delivery. */
class RegistryPullRouteTest {

    static final int CHANGES = 25;

    final FakeJournal journal = new FakeJournal();
    final FakeContingent contingent = new FakeContingent();
    RegistrySimulator registry;
    DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        registry = RegistrySimulator.start(0).publish(RegistryImportRouteTest.arrivals("P", CHANGES));
        Properties props = new Properties();
        props.setProperty("zhurnal.registry.inbox", System.getProperty("java.io.tmpdir") + "/unused-registry-inbox");
        props.setProperty("zhurnal.registry.inbox-poll-ms", "60000");
        props.setProperty("zhurnal.registry.pull-period-ms", "50");
        camel = TestCamel.context(props);
        RegistryImportRoute imports = new RegistryImportRoute();
        imports.journal = journal;
        imports.contingent = contingent;
        RegistryPullRoute pull = new RegistryPullRoute();
        pull.journal = journal;
        pull.pullUrl = Optional.of(registry.baseUrl());
        pull.timeoutMs = 300;
        pull.pageSize = 10;
        pull.maxPages = 5;
        camel.addRoutes(imports);
        camel.addRoutes(pull);
    }

    @AfterEach
    void stop() {
        camel.stop();
        registry.close();
    }

    @Test
    void pullsEveryPageOnceAndMovesTheCursor() {
        camel.start();

        awaitAllApplied();
        assertThat(journal.cursor).isEqualTo(String.valueOf(CHANGES));
        assertThat(journal.withStatus(Status.COMPLETED)).hasSize(3);
    }

    @Test
    void whenTheRegistryIsDownThePollIsLoggedAndNothingIsLostWhenItComesBack() {
        registry.mode(Mode.DOWN);
        camel.start();
        // on a loaded machine the very first connection may time out instead: wait for the 503s themselves
        await().atMost(Duration.ofSeconds(10)).until(() -> journal.withStatus(Status.FAILED).stream()
                .filter(e -> e.error().equals("Реестр ответил кодом 503")).count() >= 2);
        assertThat(journal.withStatus(Status.FAILED)).allMatch(e -> e.error().startsWith("Реестр "));
        assertThat(contingent.applied).isEmpty();

        registry.mode(Mode.NORMAL);
        awaitAllApplied();
    }

    @Test
    void aSlowRegistryTimesOutAndIsAskedAgain() {
        registry.slowDelay(Duration.ofSeconds(2)).mode(Mode.SLOW);
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !journal.withStatus(Status.FAILED).isEmpty());
        assertThat(journal.withStatus(Status.FAILED).get(0).error()).startsWith("Реестр не ответил");

        registry.mode(Mode.NORMAL);
        awaitAllApplied();
    }

    @Test
    void garbageIsDeadLetteredWithItsBodyAndTheCursorStaysUntilTheRegistryRecovers() throws Exception {
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedMinimumMessageCount(1);
        registry.mode(Mode.GARBAGE);
        camel.start();
        deadLetters.assertIsSatisfied(10_000);
        assertThat(deadLetters.getExchanges().get(0).getMessage().getBody(String.class)).contains("502 Bad Gateway");
        assertThat(journal.cursor).isNull();

        registry.mode(Mode.NORMAL);
        awaitAllApplied();
    }

    @Test
    void duplicateDeliveryAppliesEveryRecordOnce() {
        registry.mode(Mode.DUPLICATES);
        camel.start();

        awaitAllApplied();
        await().atMost(Duration.ofSeconds(10)).until(() -> String.valueOf(CHANGES).equals(journal.cursor));
        assertThat(journal.exchanges.values().stream().mapToInt(e -> e.counts().duplicates()).sum()).isPositive();
    }

    private void awaitAllApplied() {
        await().atMost(Duration.ofSeconds(15)).until(() -> contingent.applied.size() == CHANGES);
        assertThat(contingent.appliedTimes.values()).allMatch(times -> times.get() == 1);
    }
}
