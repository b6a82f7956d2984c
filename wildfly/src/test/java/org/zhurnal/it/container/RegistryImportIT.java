package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.simulators.registry.RegistryChange;
import org.zhurnal.simulators.registry.RegistryDocuments;
import org.zhurnal.simulators.registry.RegistryFixtures;

/**
 * The registry import in the deployed application: a file dropped into the inbox brings students into classes
 * through the real services (once, however often it comes), refuses bad records with the reason, and a file
 * that cannot be read waits in the dead-letter queue until the region administrator retries or discards it.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportIT {

    static final LocalDate SEPT_1 = day("2026-09-01");

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(RegistryImportIT.class, ClassesTestData.class, RegionTestData.class, Db.class,
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

    @Inject
    ExchangeOperations operations;

    @Inject
    AuditLog audit;

    @Test
    void aDroppedFileBringsStudentsIntoTheirClassesOnceAndReportsBadRecords() throws Exception {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        String inn = Db.column(db, "SELECT inn FROM school WHERE id = ?", data.school()).get(0);
        ClassItem fiveA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", null));
        ClassItem fiveB = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "Б", null));
        String tag = RegionTestData.tag();
        long firstSnils = 400_000_000L + Long.parseLong(tag.substring(0, Math.min(6, tag.length()))) * 10;
        List<RegistryChange> changes = new ArrayList<>(
                RegistryFixtures.arrivals("IT" + tag, 3, inn, 5, "А", SEPT_1, firstSnils));
        changes.add(RegistryChange.transfer("IT" + tag + "-T", inn, RegistryFixtures.snils(firstSnils), 5, "Б",
                day("2026-11-05")));
        changes.add(RegistryChange.of(Map.of("recordId", "IT" + tag + "-C", "kind", "CLASS_OPENED", "schoolInn", inn,
                "grade", "5", "letter", "В", "effectiveDate", "2026-09-01")));
        changes.add(RegistryChange.arrival("IT" + tag + "-X", "2400000000", 5, "А", "Иванов", "Иван", null,
                day("2015-01-01"), RegistryFixtures.snils(firstSnils + 5), SEPT_1));
        String xml = RegistryDocuments.xml("IT-" + tag, changes);

        drop("contingent-" + tag + ".xml", xml);
        awaitExchange("contingent-" + tag + ".xml", "PARTIAL");

        assertThat(Db.column(db, "SELECT concat_ws('|', received, applied, duplicates, rejected) FROM exchange_log "
                + "WHERE source = ?", "contingent-" + tag + ".xml")).containsExactly("6|5|0|1");
        assertThat(classes.roster(REGION_ADMIN, fiveA.id(), day("2026-09-01")).students()).hasSize(3);
        assertThat(classes.roster(REGION_ADMIN, fiveA.id(), day("2026-11-05")).students()).hasSize(2);
        assertThat(classes.roster(REGION_ADMIN, fiveB.id(), day("2026-11-05")).students()).hasSize(1);
        assertThat(Db.count(db, "SELECT count(*) FROM school_class WHERE academic_year_id = ? AND grade = 5 "
                + "AND letter = 'В'", data.year())).isEqualTo(1);
        assertThat(Db.column(db, "SELECT e.reason FROM exchange_record_error e JOIN exchange_log l ON l.id = e.exchange_id "
                + "WHERE l.source = ?", "contingent-" + tag + ".xml"))
                .containsExactly("Школа с ИНН 2400000000 не найдена в регионе");
        assertThat(Db.column(db, "SELECT DISTINCT recorded_by_subject FROM enrolment_event e JOIN student s "
                + "ON s.person_id = e.person_id WHERE s.school_id = ?", data.school())).containsExactly("REGISTRY");
        assertThat(audit.verify().intact()).isTrue();
        // the import is audited per batch and action, one chained event naming every student's person id
        assertThat(Db.count(db, "SELECT count(*) FROM student s WHERE s.school_id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "audit_event a WHERE a.action = 'student.enrolled' AND a.actor_subject = 'REGISTRY' "
                + "AND a.object_ids @> ARRAY[s.person_id])", data.school())).isZero();
        assertThat(Db.column(db, "SELECT DISTINCT object_id FROM audit_event WHERE action = 'student.enrolled' "
                + "AND object_ids && (SELECT array_agg(person_id) FROM student WHERE school_id = ?)", data.school()))
                .allMatch(id -> id.startsWith("batch:"));
        long events = Db.count(db, "SELECT count(*) FROM enrolment_event");

        drop("again-" + tag + ".xml", xml);
        awaitExchange("again-" + tag + ".xml", "DUPLICATE");
        assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event")).isEqualTo(events);
    }

    @Test
    void aRecordRefusedInsideABatchIsReportedAloneAndTheRestOfItsBatchLands() throws Exception {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        String inn = Db.column(db, "SELECT inn FROM school WHERE id = ?", data.school()).get(0);
        ClassItem sixA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 6, "А", null));
        String tag = RegionTestData.tag();
        long firstSnils = 600_000_000L + (Long.parseLong(tag) % 100_000) * 100;
        List<RegistryChange> changes = new ArrayList<>(
                RegistryFixtures.arrivals("NB" + tag, 40, inn, 6, "А", SEPT_1, firstSnils));
        // the 17th names the SNILS of the 3rd (in the same batch) for somebody else
        changes.set(16, RegistryChange.arrival("NB" + tag + "-17", inn, 6, "А", "Петрова", "Анна", null,
                day("2014-02-02"), RegistryFixtures.snils(firstSnils + 2), SEPT_1));
        String name = "narrowed-" + tag + ".xml";

        drop(name, RegistryDocuments.xml("NB-" + tag, changes));
        awaitExchange(name, "PARTIAL");

        assertThat(Db.column(db, "SELECT concat_ws('|', received, applied, duplicates, rejected) FROM exchange_log "
                + "WHERE source = ?", name)).containsExactly("40|39|0|1");
        assertThat(Db.column(db, "SELECT e.record_id || '|' || e.reason FROM exchange_record_error e JOIN exchange_log l "
                + "ON l.id = e.exchange_id WHERE l.source = ?", name)).containsExactly("NB" + tag + "-17|"
                + "Этот СНИЛС уже указан в карточке другого человека. Проверьте СНИЛС, ФИО и дату рождения.");
        assertThat(classes.roster(REGION_ADMIN, sixA.id(), SEPT_1).students()).hasSize(39);
        assertThat(Db.count(db, "SELECT count(*) FROM processed_record WHERE record_id LIKE ?", "NB" + tag + "-%"))
                .isEqualTo(39);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anUnreadableFileWaitsInTheDeadLetterQueueUntilTheRegionAdministratorDecides() throws Exception {
        String name = "garbage-" + RegionTestData.tag() + ".xml";
        drop(name, "<html>502 Bad Gateway</html>");
        DeadLetterItem waiting = awaitDeadLetter(name);
        assertThat(waiting.failure()).isEqualTo("Корневой элемент должен быть contingentChanges, а не html");
        assertThatThrownBy(() -> operations.deadLetters(TEACHER)).isInstanceOf(AccessDeniedException.class);

        operations.retry(REGION_ADMIN, waiting.id(), "реестр обещал исправить");
        DeadLetterItem again = await().atMost(Duration.ofSeconds(30)).until(() -> waitingWith(name),
                letter -> letter != null && !letter.id().equals(waiting.id()));
        operations.discard(REGION_ADMIN, again.id(), "файл испорчен, реестр пришлёт новый");

        assertThat(waitingWith(name)).isNull();
        assertThat(Db.column(db, "SELECT status || '|' || reason FROM dead_letter WHERE message_id IN (?, ?) ORDER BY id",
                waiting.id(), again.id())).containsExactly("RETRIED|реестр обещал исправить",
                "DISCARDED|файл испорчен, реестр пришлёт новый");
        assertThat(Db.column(db, "SELECT body FROM dead_letter WHERE message_id = ?", again.id()))
                .containsExactly("<html>502 Bad Gateway</html>");
    }

    private DeadLetterItem awaitDeadLetter(String source) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> waitingWith(source), letter -> letter != null);
    }

    private DeadLetterItem waitingWith(String source) {
        return operations.deadLetters(REGION_ADMIN).stream()
                .filter(l -> "WAITING".equals(l.status()) && source.equals(l.source())).findFirst().orElse(null);
    }

    private void awaitExchange(String source, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.column(db,
                "SELECT status FROM exchange_log WHERE source = ?", source), statuses -> statuses.contains(status));
    }

    private static void drop(String name, String content) throws Exception {
        Path inbox = Path.of(ConfigProvider.getConfig().getValue("zhurnal.registry.inbox", String.class));
        Files.createDirectories(inbox);
        Path temp = Files.createTempFile(inbox.getParent(), "registry", ".part");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, inbox.resolve(name));
    }
}
