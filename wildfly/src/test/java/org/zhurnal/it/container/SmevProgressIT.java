package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.application.ProgressStatements;
import org.zhurnal.guardians.application.GuardianService;
import org.zhurnal.guardians.application.NewGuardian;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.integration.camel.CamelBootstrap;
import org.zhurnal.integration.smev.ProgressXml;
import org.zhurnal.integration.smev.SmevProgressRoute;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.InServerSimulators;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.simulators.smev.SmevSimulator;
import org.zhurnal.smev.protocol.SmevSigner;

/**
 * The ЕПГУ progress service in the deployed application: the СМЭВ route (as {@code ZHURNAL_SMEV_*} would set it
 * up, pointed at a СМЭВ simulator started here, GOST-signed both ways) answers a father's request with his son's
 * marks and absences, refuses a stranger and the 11-year-old himself, records every request and answer, and audits.
 */
@ExtendWith(ArquillianExtension.class)
class SmevProgressIT {

    static final LocalDate FROM = day("2026-11-01");
    static final LocalDate TO = day("2026-11-30");

    @Deployment
    static EnterpriseArchive ear() {
        List<Class<?>> classes = new ArrayList<>(List.of(SmevProgressIT.class, InServerSimulators.class, ClassesTestData.class,
                RegionTestData.class, Db.class, DiaryTestData.class, SmevSimulator.class));
        classes.addAll(List.of(SmevSimulator.class.getDeclaredClasses()));
        return InServerSimulators.allow(RealEar.withTests(classes.toArray(Class<?>[]::new)));
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
    StudentService students;

    @Inject
    GuardianService guardians;

    @Inject
    CamelBootstrap camel;

    @Inject
    ExchangeJournal journal;

    @Inject
    ProgressStatements statements;

    @Inject
    AuditLog audit;

    SmevSimulator smev;

    @BeforeEach
    void startRoute() throws Exception {
        SmevSigner signer = SmevSigner.throwAway("Журнал (IT)");
        smev = SmevSimulator.start(0).trust(signer.certificate());
        camel.context().addRoutes(SmevProgressRoute.with(journal, statements, Clock.systemUTC(),
                new SmevProgressRoute.Settings(smev.url(), 300, 5_000, 5, signer, Optional.of(smev.smevCertificate()))));
    }

    @AfterEach
    void stopRoute() throws Exception {
        camel.context().getRouteController().stopRoute(SmevProgressRoute.ROUTE_ID);
        camel.context().removeRoute(SmevProgressRoute.ROUTE_ID);
        smev.close();
    }

    @Test
    void aFatherGetsHisSonsProgressAndStrangersAndTheChildHimselfAreRefused() {
        ClassesTestData school = ClassesTestData.create(schools, calendar);
        long fiveA = classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "А", null)).id();
        String childSnils = RegionTestData.snils();
        String fatherSnils = RegionTestData.snils();
        long child = students.enrol(REGION_ADMIN, school.school(), new NewStudent(new PersonCardInput("Ефимов",
                "Тимофей", "Алексеевич", "2015-03-14", childSnils), Sex.MALE, fiveA, day("2026-09-01"), "№ 1-у"))
                .personId();
        guardians.add(REGION_ADMIN, child, new NewGuardian(new PersonCardInput("Ефимов", "Алексей", "Иванович",
                "1985-06-01", fatherSnils), GuardianKind.FATHER, day("2026-09-01"), null, null));
        DiaryTestData d = DiaryTestData.create(db, school);
        long teacher = school.teacher(db, "Иванова", "Мария", "Петровна");
        long maths = d.subject("Математика " + RegionTestData.tag());
        long lesson = d.lesson(fiveA, null, maths, "2026-11-16", 1, teacher, null, "Дроби", null);
        d.mark(lesson, child, 1, 5, null, "ANSWER");
        d.attendance(d.lesson(fiveA, null, maths, "2026-11-17", 1, teacher, null, "Дроби", null), child, "ILL");

        String byFather = smev.enqueue(ProgressXml.request(fatherSnils, childSnils, FROM, TO));
        String byStranger = smev.enqueue(ProgressXml.request(RegionTestData.snils(), childSnils, FROM, TO));
        String byChild = smev.enqueue(ProgressXml.request(childSnils, childSnils, FROM, TO));
        await().atMost(Duration.ofSeconds(60)).until(() -> smev.acknowledged(byFather) && smev.acknowledged(byStranger)
                && smev.acknowledged(byChild));

        SmevSimulator.Response answer = smev.responseTo(byFather).orElseThrow();
        assertThat(answer.rejected()).isFalse();
        assertThat(answer.answer()).contains("<p:Value>5</p:Value>").contains("<p:Average>5.00</p:Average>")
                .contains("<p:Illness>1</p:Illness>").doesNotContain("Ефимов").doesNotContain(childSnils);
        assertThat(smev.responseTo(byStranger).orElseThrow().answer()).contains("ACCESS_DENIED");
        assertThat(smev.responseTo(byChild).orElseThrow().answer())
                .contains("Заявитель не является законным представителем обучающегося");
        assertThat(smev.faults()).isEmpty();

        assertThat(Db.column(db, "SELECT concat_ws('|', status, child_person_id, acknowledged_at IS NOT NULL) "
                + "FROM smev_progress_request WHERE message_id IN (?, ?, ?) ORDER BY id", byFather, byStranger, byChild))
                .containsExactly("ANSWERED|" + child + "|t", "REFUSED|" + child + "|t", "REFUSED|" + child + "|t");
        assertThat(Db.column(db, "SELECT status FROM exchange_log WHERE system = 'SMEV' AND source = ?", byFather))
                .containsExactly("COMPLETED");
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'exchange.progress-sent' "
                + "AND object_id = ?", String.valueOf(child))).isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }
}
