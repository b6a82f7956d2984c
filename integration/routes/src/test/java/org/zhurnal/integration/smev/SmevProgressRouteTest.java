package org.zhurnal.integration.smev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.integration.camel.FailureHeaders;
import org.zhurnal.integration.camel.LoggedExchanges;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.smev.SmevSimulator;
import org.zhurnal.simulators.smev.SmevSimulator.Mode;
import org.zhurnal.smev.protocol.SmevSigner;

/**
 * The СМЭВ 3 progress service against the СМЭВ simulator: requests answered and acknowledged once, refusals with
 * their reason, СМЭВ down, garbage, acknowledgements failing (the same answer again, kept once), signatures.
 */
class SmevProgressRouteTest {

    static final SmevSigner SIGNER = SmevSigner.throwAway("Журнал (тест)");
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    final LoggedExchanges journal = new LoggedExchanges();
    final FakeStatements statements = new FakeStatements();
    SmevSimulator smev;
    DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        smev = SmevSimulator.start(0).trust(SIGNER.certificate());
        camel = TestCamel.context(new Properties());
        camel.addRoutes(route(Optional.of(smev.smevCertificate())));
    }

    private SmevProgressRoute route(Optional<java.security.cert.X509Certificate> smevCertificate) {
        return SmevProgressRoute.with(journal, statements, Clock.systemUTC(),
                new SmevProgressRoute.Settings(smev.url(), 50, 2_000, 5, SIGNER, smevCertificate));
    }

    @AfterEach
    void stop() {
        camel.stop();
        smev.close();
    }

    @Test
    void answersEveryRequestOnceSignedAndAcknowledgesIt() {
        String parent = smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        String stranger = smev.enqueue(ProgressXml.request("123-456-789 64", FakeStatements.STRANGER_CHILD, FROM, TO));
        camel.start();

        await().atMost(Duration.ofSeconds(15)).until(() -> smev.acknowledged(parent) && smev.acknowledged(stranger));
        SmevSimulator.Response answer = smev.responseTo(parent).orElseThrow();
        assertThat(answer.rejected()).isFalse();
        assertThat(answer.answer()).contains("MessagePrimaryContent").contains("<p:Name>Математика</p:Name>")
                .contains("<p:Value2>3</p:Value2>").contains("<p:WithoutReason>2</p:WithoutReason>")
                .doesNotContain("987-654-321");
        SmevSimulator.Response refusal = smev.responseTo(stranger).orElseThrow();
        assertThat(refusal.rejected()).isTrue();
        assertThat(refusal.answer()).contains("ACCESS_DENIED")
                .contains("Заявитель не является законным представителем обучающегося");
        assertThat(smev.faults()).isEmpty();
        // the simulator counts an Ack when it arrives, the route records it when the answer to it comes back
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(statements.acknowledged).containsExactlyInAnyOrder(parent, stranger));
        await().atMost(Duration.ofSeconds(5)).until(() -> journal.withStatus(Status.COMPLETED).size() == 1
                && journal.withStatus(Status.PARTIAL).size() == 1);
        assertThat(smev.responses()).hasSize(2);
    }

    @Test
    void whenSmevIsDownThePollIsLoggedAndTheRequestIsAnsweredWhenItComesBack() {
        String request = smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        smev.mode(Mode.DOWN);
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> journal.withStatus(Status.FAILED).size() >= 2);
        assertThat(journal.withStatus(Status.FAILED)).allMatch(e -> e.error().equals("СМЭВ ответила кодом 503"));

        smev.mode(Mode.NORMAL);
        await().atMost(Duration.ofSeconds(10)).until(() -> smev.acknowledged(request));
        assertThat(statements.computed.get()).isEqualTo(1);
    }

    @Test
    void aSlowSmevTimesOutThePollAndTheRequestIsAnsweredOnceWhenItSpeedsUp() {
        String request = smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        smev.mode(Mode.SLOW);
        camel.start();
        // the route waits 2 s for an answer (Settings.timeoutMs), then logs the poll as failed and polls again
        await().atMost(Duration.ofSeconds(15)).until(() -> !journal.withStatus(Status.FAILED).isEmpty());
        assertThat(smev.acknowledged(request)).isFalse();
        assertThat(statements.computed.get()).isZero();

        smev.mode(Mode.NORMAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> smev.acknowledged(request));
        assertThat(statements.computed.get()).isEqualTo(1);
        assertThat(smev.responses()).hasSize(1);
    }

    @Test
    void aFailedAcknowledgementBringsTheRequestBackAndTheSameAnswerIsSentAgainAndKeptOnce() {
        smev.lease(Duration.ofMillis(100)).mode(Mode.ACK_FAILS);
        String request = smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> smev.faults().size() >= 2);
        assertThat(smev.acknowledged(request)).isFalse();

        smev.mode(Mode.NORMAL);
        await().atMost(Duration.ofSeconds(10)).until(() -> smev.acknowledged(request));
        assertThat(smev.responses()).hasSize(1);
        assertThat(statements.computed.get()).as("answered once, sent again from the record").isEqualTo(1);
    }

    @Test
    void garbageFromSmevIsDeadLetteredWithItsTextAndThePollRecovers() throws Exception {
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedMinimumMessageCount(1);
        String request = smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        smev.mode(Mode.GARBAGE);
        camel.start();

        deadLetters.assertIsSatisfied(10_000);
        var letter = deadLetters.getExchanges().get(0).getMessage();
        assertThat(letter.getBody(String.class)).contains("502 Bad Gateway");
        assertThat(letter.getHeader(FailureHeaders.ROUTE_ID)).isEqualTo(SmevProgressRoute.ROUTE_ID);
        assertThat(letter.getHeader(FailureHeaders.FAILURE, String.class)).startsWith("В сообщении СМЭВ нет элемента");

        smev.mode(Mode.NORMAL);
        await().atMost(Duration.ofSeconds(10)).until(() -> smev.acknowledged(request));
    }

    @Test
    void ourSignatureWithAnUnregisteredCertificateIsRefusedBySmevAndNothingIsLost() {
        String request = smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        smev.trust(SmevSigner.throwAway("Чужая ИС").certificate());
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !journal.withStatus(Status.FAILED).isEmpty());
        assertThat(journal.withStatus(Status.FAILED).get(0).error())
                .isEqualTo("СМЭВ вернула ошибку: Сертификат не зарегистрирован в СМЭВ");
        assertThat(smev.faults()).allMatch(f -> f.startsWith("SignatureVerificationFault"));

        smev.trust(SIGNER.certificate());
        await().atMost(Duration.ofSeconds(10)).until(() -> smev.acknowledged(request));
    }

    @Test
    void aRequestNotSignedBySmevIsNotAnswered() throws Exception {
        camel.stop();
        camel = TestCamel.context(new Properties());
        camel.addRoutes(route(Optional.of(SmevSigner.throwAway("Не СМЭВ").certificate())));
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedMinimumMessageCount(1);
        smev.enqueue(ProgressXml.request("123-456-789 64", "987-654-321 00", FROM, TO));
        camel.start();

        deadLetters.assertIsSatisfied(10_000);
        assertThat(deadLetters.getExchanges().get(0).getMessage().getHeader(FailureHeaders.FAILURE))
                .isEqualTo("Ответ подписан не сертификатом СМЭВ");
        assertThat(smev.responses()).isEmpty();
        assertThat(statements.computed.get()).isZero();
    }
}
