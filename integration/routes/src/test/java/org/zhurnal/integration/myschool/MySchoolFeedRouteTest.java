package org.zhurnal.integration.myschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.federal.application.FederalSystems;
import org.zhurnal.integration.camel.FailureHeaders;
import org.zhurnal.integration.camel.LoggedExchanges;
import org.zhurnal.integration.camel.TestCamel;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator.Mode;

/**
 * The «Моя школа» feed against the platform simulator: batches by watermark, the platform down, slow, refusing,
 * and the same message twice; pausing the poll.
 */
class MySchoolFeedRouteTest {

    static final String TOKEN = "test-token-not-a-secret";
    static final int LESSONS = 250;

    final LoggedExchanges journal = new LoggedExchanges();
    final FakeFederalFeed feed = new FakeFederalFeed();
    MySchoolPlatformSimulator platform;
    DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        platform = MySchoolPlatformSimulator.start(0, TOKEN);
        feed.lessons(1, LESSONS, Instant.now().minusSeconds(60)).finalMark(1001, 5, Instant.now().minusSeconds(60));
        camel = TestCamel.context(new Properties());
        MySchoolFeedRoute route = MySchoolFeedRoute.with(journal, feed, Clock.systemUTC(), new MySchoolFeedRoute.Settings(
                platform.baseUrl(), Optional.of(TOKEN), 50, 300, 0, 24 * 60, 100, 2, 5));
        camel.addRoutes(route);
    }

    @AfterEach
    void stop() {
        camel.stop();
        platform.close();
    }

    @Test
    void sendsTheChangesInBatchesOnceMovesTheWatermarkAndAuditsWhoseDataLeft() {
        camel.start();

        awaitEverythingTaken();
        assertThat(platform.accepted()).hasSize(4);
        await().atMost(Duration.ofSeconds(5)).until(() -> journal.withStatus(Status.COMPLETED).size() == 4);
        assertThat(journal.withStatus(Status.COMPLETED))
                .allMatch(e -> e.system().equals(FederalSystems.MYSCHOOL) && e.source().startsWith("zhurnal-"));
        assertThat(journal.withStatus(Status.COMPLETED).stream().mapToInt(e -> e.counts().applied()).sum())
                .isEqualTo(LESSONS + 1);
        assertThat(feed.audited).contains(1001L, 1250L, 5000L);
        assertThat(journal.cursors).containsKey(FederalSystems.MYSCHOOL);

        int requests = platform.requests();
        NotifyBuilder polls = new NotifyBuilder(camel).fromRoute(MySchoolFeedRoute.POLL_ROUTE_ID).whenDone(5).create();
        assertThat(polls.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(platform.requests()).as("nothing new, nothing sent").isEqualTo(requests);

        feed.lessons(LESSONS + 1, 1, Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.lessons().size() == LESSONS + 1);
    }

    @Test
    void theLessonCarriesTheScheduleShapeAndNoPersonalData() {
        camel.start();

        awaitEverythingTaken();
        var lesson = platform.lessons().get("2");
        assertThat(lesson.getJsonObject("subject").getString("name")).isEqualTo("Математика");
        assertThat(lesson.getBoolean("insteadOf")).isTrue();
        assertThat(lesson.getString("topic")).isEqualTo("Дроби 2");
        assertThat(lesson.getJsonObject("homework").getString("text")).isEqualTo("№ 2");
        var student = lesson.getJsonArray("students").getJsonObject(0);
        assertThat(student.getJsonObject("student").keySet()).containsExactly("ref");
        var score = student.getJsonArray("score").getJsonObject(0);
        assertThat(score.getString("code")).isEqualTo("ANSWER");
        assertThat(score.getString("score")).isEqualTo("5");
        assertThat(score.getString("score2")).isEqualTo("4");
        assertThat(score.getString("scoreSystem")).isEqualTo("FIVE_POINT");
        assertThat(lesson.getJsonArray("students").getJsonObject(1).getJsonObject("attendance").getString("code"))
                .isEqualTo("Н");
        assertThat(platform.refusals()).isEmpty();
    }

    @Test
    void whenThePlatformIsDownTheWatermarkStaysAndNothingIsLostWhenItComesBack() {
        platform.mode(Mode.DOWN);
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> journal.withStatus(Status.FAILED).size() >= 2);
        assertThat(journal.withStatus(Status.FAILED)).allMatch(e -> e.error().equals("«Моя школа» ответила кодом 503"));
        assertThat(journal.cursors).doesNotContainKey(FederalSystems.MYSCHOOL);
        assertThat(feed.audited).isEmpty();

        platform.mode(Mode.NORMAL);
        awaitEverythingTaken();
        assertThat(platform.accepted().stream().map(b -> b.getString("id")).distinct()).hasSize(4);
    }

    @Test
    void aSlowPlatformTimesOutAndIsSentAgainWithoutDoubleApplication() {
        platform.slowDelay(Duration.ofSeconds(1)).mode(Mode.SLOW);
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !journal.withStatus(Status.FAILED).isEmpty()
                && journal.withStatus(Status.FAILED).get(0).error() != null);
        assertThat(journal.withStatus(Status.FAILED).get(0).error()).startsWith("«Моя школа» не ответила");

        platform.mode(Mode.NORMAL);
        awaitEverythingTaken();
        assertThat(platform.accepted().stream().map(b -> b.getString("id")).distinct().count())
                .isEqualTo(platform.accepted().size());
    }

    @Test
    void aRefusedMessageIsDeadLetteredWithItsBodyAndARetryDeliversIt() throws Exception {
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedMessageCount(4);
        platform.mode(Mode.REJECT);
        camel.start();

        deadLetters.assertIsSatisfied(10_000);
        var letter = deadLetters.getExchanges().get(0).getMessage();
        assertThat(letter.getBody(String.class)).startsWith("{\"resourceType\":\"Bundle\"");
        assertThat(letter.getHeader(FailureHeaders.ROUTE_ID)).isEqualTo(MySchoolFeedRoute.DELIVER_ROUTE_ID);
        assertThat(letter.getHeader(FailureHeaders.FAILURE, String.class))
                .isEqualTo("«Моя школа» отклонила сообщение (400): message cannot be processed");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(journal.withStatus(Status.FAILED)).hasSize(4));
        await("the window was handed over").atMost(Duration.ofSeconds(5))
                .until(() -> journal.cursors.containsKey(FederalSystems.MYSCHOOL));
        assertThat(feed.audited).isEmpty();

        platform.mode(Mode.NORMAL);
        deadLetters.getExchanges().forEach(dead -> camel.createProducerTemplate()
                .sendBody("direct:" + MySchoolFeedRoute.DELIVER_ROUTE_ID, dead.getMessage().getBody(String.class)));
        awaitEverythingTaken();
    }

    @Test
    void theSameMessageTwiceIsTakenOnceAndAuditedOnce() throws Exception {
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedMessageCount(4);
        platform.mode(Mode.REJECT);
        camel.start();
        deadLetters.assertIsSatisfied(10_000);
        camel.getRouteController().suspendRoute(MySchoolFeedRoute.POLL_ROUTE_ID);
        String body = deadLetters.getExchanges().get(0).getMessage().getBody(String.class);
        platform.mode(Mode.NORMAL);
        int before = platform.accepted().size();

        var template = camel.createProducerTemplate();
        template.sendBody("direct:" + MySchoolFeedRoute.DELIVER_ROUTE_ID, body);
        template.sendBody("direct:" + MySchoolFeedRoute.DELIVER_ROUTE_ID, body);

        assertThat(platform.accepted()).hasSize(before + 1);
        assertThat(journal.withStatus(Status.DUPLICATE)).hasSize(1);
        int items = JournalFeedJson.summary(body).students().size();
        assertThat(feed.audited).hasSize(items);
    }

    @Test
    void garbageHandedBackFromTheQueueIsDeadLetteredAtOnce() throws Exception {
        MockEndpoint deadLetters = TestCamel.deadLetters(camel);
        deadLetters.expectedMessageCount(1);
        camel.start();
        camel.getRouteController().suspendRoute(MySchoolFeedRoute.POLL_ROUTE_ID);
        // the poller may have run once before it was suspended (suspending waits for it): count from here
        int requestsBefore = platform.requests();

        camel.createProducerTemplate().sendBody("direct:" + MySchoolFeedRoute.DELIVER_ROUTE_ID, "<html>oops");

        deadLetters.assertIsSatisfied(5_000);
        assertThat(deadLetters.getExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("<html>oops");
        assertThat(platform.requests()).as("the garbage never reaches the platform").isEqualTo(requestsBefore);
        assertThat(journal.withStatus(Status.FAILED).get(0).error()).startsWith("Сообщение ленты «Моя школа» не читается");
    }

    @Test
    void aPausedFeedSendsNothingAndCatchesUpWhenResumed() throws Exception {
        camel.start();
        camel.getRouteController().suspendRoute(MySchoolFeedRoute.POLL_ROUTE_ID);
        assertThat(camel.getRouteController().getRouteStatus(MySchoolFeedRoute.POLL_ROUTE_ID))
                .isEqualTo(ServiceStatus.Suspended);
        int reads = feed.reads.get();
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> feed.reads.get() == reads);

        camel.getRouteController().resumeRoute(MySchoolFeedRoute.POLL_ROUTE_ID);
        awaitEverythingTaken();
    }

    @Test
    void aFailedReadIsTriedAgainFromTheSameWatermark() {
        feed.readFailure = new IllegalStateException("database down");
        camel.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.reads.get() >= 3);
        assertThat(journal.cursors).isEmpty();

        feed.readFailure = null;
        awaitEverythingTaken();
    }

    private void awaitEverythingTaken() {
        await().atMost(Duration.ofSeconds(15)).until(() -> platform.lessons().size() == LESSONS
                && platform.accepted().stream().anyMatch(b -> b.getJsonArray("entry").getJsonObject(0)
                        .getString("resourceType").equals("FinalScore")));
    }
}
