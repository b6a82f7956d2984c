package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.exchange.application.DeadLetterItem;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.exchange.application.ExchangeOperations;
import org.zhurnal.federal.application.FederalFeed;
import org.zhurnal.integration.camel.CamelBootstrap;
import org.zhurnal.integration.myschool.MySchoolFeedRoute;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.InServerSimulators;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator.Mode;

/**
 * The «Моя школа» feed in the deployed application over the real database, exchange log, audit and dead-letter
 * queue: the feed route (configured as {@code ZHURNAL_MYSCHOOL_*} would configure it, pointed at a platform
 * simulator started here) sends a lesson's topic, homework, mark and absence without personal data, sends the
 * lesson again when a mark changes, survives the platform being down, and a refused message waits in the
 * dead-letter queue until the region administrator retries it from the exchange screen.
 */
@ExtendWith(ArquillianExtension.class)
class MySchoolFeedIT {

    static final String TOKEN = "it-only-token";

    @Deployment
    static EnterpriseArchive ear() {
        return InServerSimulators.allow(RealEar.withTests(MySchoolFeedIT.class, ClassesTestData.class,
                RegionTestData.class, Db.class, DiaryTestData.class, InServerSimulators.class,
                MySchoolPlatformSimulator.class, MySchoolPlatformSimulator.Mode.class));
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
    CamelBootstrap camel;

    @Inject
    ExchangeJournal journal;

    @Inject
    FederalFeed feed;

    @Inject
    ExchangeOperations operations;

    @Inject
    AuditLog audit;

    MySchoolPlatformSimulator platform;

    @BeforeEach
    void startFeed() throws Exception {
        platform = MySchoolPlatformSimulator.start(0, TOKEN);
        Db.update(db, "DELETE FROM exchange_cursor WHERE system = 'MYSCHOOL'");
        MySchoolFeedRoute route = MySchoolFeedRoute.with(journal, feed, Clock.systemUTC(), new MySchoolFeedRoute.Settings(
                platform.baseUrl(), Optional.of(TOKEN), 300, 2_000, 0, 30, 50, 1, 50));
        camel.context().addRoutes(route);
    }

    @AfterEach
    void stopFeed() throws Exception {
        for (String id : new String[] {MySchoolFeedRoute.POLL_ROUTE_ID, MySchoolFeedRoute.DELIVER_ROUTE_ID}) {
            camel.context().getRouteController().stopRoute(id);
            camel.context().removeRoute(id);
        }
        platform.close();
    }

    @Test
    void aLessonsJournalReachesThePlatformWithoutPersonalDataAndAgainWhenAMarkChanges() {
        Lesson l = lesson();

        JsonObject sent = awaitLesson(l.id(), json -> !json.getJsonArray("students").isEmpty());
        assertThat(sent.getString("topic")).isEqualTo("Дроби");
        assertThat(sent.getJsonObject("homework").getString("text")).isEqualTo("№ 12, 14");
        assertThat(sent.getBoolean("insteadOf")).isFalse();
        JsonObject student = sent.getJsonArray("students").getJsonObject(0);
        assertThat(student.getJsonObject("student").getString("ref")).isEqualTo(String.valueOf(l.student()));
        assertThat(student.getJsonArray("score").getJsonObject(0).getString("score")).isEqualTo("5");
        assertThat(student.getJsonArray("score").getJsonObject(0).getString("code")).isEqualTo("ANSWER");
        assertThat(student.getJsonObject("attendance").getString("code")).isEqualTo("Н");
        assertThat(platform.accepted().toString()).doesNotContain("Ефимов").doesNotContain("Пётр");
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(db, "SELECT count(*) FROM audit_event "
                + "WHERE action = 'exchange.student-data-sent' AND object_id = ?", String.valueOf(l.student())) >= 1);
        assertThat(Db.count(db, "SELECT count(*) FROM exchange_log WHERE system = 'MYSCHOOL' AND direction = 'OUT' "
                + "AND status = 'COMPLETED'")).isPositive();
        assertThat(audit.verify().intact()).isTrue();

        Db.update(db, "UPDATE mark SET value = 3, set_at = now() WHERE lesson_id = ? AND student_person_id = ?",
                l.id(), l.student());
        awaitLesson(l.id(), json -> json.getJsonArray("students").getJsonObject(0).getJsonArray("score")
                .getJsonObject(0).getString("score").equals("3"));
    }

    @Test
    void whileThePlatformIsDownNothingIsLostAndARefusedMessageWaitsForTheRegionAdministrator() throws Exception {
        platform.mode(Mode.DOWN);
        Lesson l = lesson();
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(db, "SELECT count(*) FROM exchange_log "
                + "WHERE system = 'MYSCHOOL' AND status = 'FAILED' AND error = '«Моя школа» ответила кодом 503'") > 0);
        assertThat(platform.lessons()).doesNotContainKey(String.valueOf(l.id()));

        platform.mode(Mode.REJECT);
        List<DeadLetterItem> waiting = await().atMost(Duration.ofSeconds(30)).until(() -> operations
                .deadLetters(REGION_ADMIN).stream().filter(d -> "WAITING".equals(d.status())
                        && MySchoolFeedRoute.DELIVER_ROUTE_ID.equals(d.routeId())).toList(), letters -> !letters.isEmpty());
        assertThat(waiting).allMatch(letter -> letter.failure().startsWith("«Моя школа» отклонила сообщение (400)"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.column(db, "SELECT position FROM exchange_cursor "
                + "WHERE system = 'MYSCHOOL'"), positions -> !positions.isEmpty());
        camel.context().getRouteController().suspendRoute(MySchoolFeedRoute.POLL_ROUTE_ID);

        platform.mode(Mode.NORMAL);
        for (DeadLetterItem letter : operations.deadLetters(REGION_ADMIN)) {
            if ("WAITING".equals(letter.status()) && MySchoolFeedRoute.DELIVER_ROUTE_ID.equals(letter.routeId())) {
                operations.retry(REGION_ADMIN, letter.id(), "платформа исправила приём");
            }
        }
        awaitLesson(l.id(), json -> true);
    }

    private record Lesson(long id, long student) {
    }

    private Lesson lesson() {
        ClassesTestData school = ClassesTestData.create(schools, calendar);
        long fiveA = classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "А", null)).id();
        DiaryTestData d = DiaryTestData.create(db, school);
        long teacher = school.teacher(db, "Иванова", "Мария", "Петровна");
        long student = d.person("Ефимов", "Пётр", "Ильич");
        long maths = d.subject("Математика " + RegionTestData.tag());
        long lesson = d.lesson(fiveA, null, maths, "2026-11-16", 1, teacher, null, "Дроби", "№ 12, 14");
        d.mark(lesson, student, 1, 5, null, "ANSWER");
        d.attendance(lesson, student, "ABSENT");
        return new Lesson(lesson, student);
    }

    private JsonObject awaitLesson(long lessonId, java.util.function.Predicate<JsonObject> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> platform.lessons().get(String.valueOf(lessonId)),
                json -> json != null && condition.test(json));
    }
}
