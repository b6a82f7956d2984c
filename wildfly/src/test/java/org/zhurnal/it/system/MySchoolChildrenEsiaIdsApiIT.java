package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StackDb;
import org.zhurnal.it.support.TestStack;
import org.zhurnal.simulators.myschool.MySchoolPlatformConfig;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator.Pull;

/**
 * «Моя школа» gets the schedule of pupils who never signed in, through their parent's state-portal children list
 * (real Keycloak, WildFly, PostgreSQL, ESIA simulator). The simulator's 1000050 (Ершов Артём Викторович) lists kids
 * with ESIA accounts of their own: Ксения (oid 1000051, SNILS 811-000-051 98), Тимофей (1000052, no SNILS), Вера
 * (1000053, 811-000-053 00) and Глеб (1000054, 811-000-054 00). On the school's lists: Ксения; Тимофей without SNILS;
 * Вера, whose ESIA id is already recorded as another one; and a Глеб with the same names and birth date but another
 * SNILS. None of the children ever signs in.
 */
class MySchoolChildrenEsiaIdsApiIT {

    private static final String PARENT_OID = "1000050";
    private static final String WEEK = "start=2026-11-16&end=2026-11-22";

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final StackDb db = StackDb.ofTestStack();
    private final MySchoolPlatformSimulator platform = new MySchoolPlatformSimulator(MySchoolPlatformConfig.local(
            app, TestStack.settings().keycloakUrl(),
            System.getenv().getOrDefault("ZHURNAL_MYSCHOOL_CLIENT_SECRET", "dev-myschool-platform-secret"), List.of()));

    @Test
    void aParentsSignInGivesTheirChildrensEsiaIdsWithoutOverwritingAndOnlyOnAStrictMatch() throws Exception {
        BrowserlessClient admin = signedIn(EsiaSimulatorPage.REGION_ADMIN);
        long school = schoolWithClass(admin);
        long classId = Long.parseLong(Db.column(db, "SELECT id FROM school_class WHERE school_id = ?", school).get(0));
        long ksenia = enrol(admin, school, classId, "Ершова", "Ксения", "Артёмовна", "2016-02-14", "\"811-000-051 98\"");
        long timofey = enrol(admin, school, classId, "Ершов", "Тимофей", "Артёмович", "2018-07-01", "null");
        long vera = enrol(admin, school, classId, "Ершова", "Вера", "Артёмовна", "2013-05-20", "\"811-000-053 00\"");
        long gleb = enrol(admin, school, classId, "Ершов", "Глеб", "Артёмович", "2012-11-11", "\"811-000-055 01\"");
        Db.update(db, "INSERT INTO student_esia_id (esia_oid, person_id, matched_by, reported_by_issuer, "
                + "reported_by_subject, recorded_at) VALUES ('1000098', ?, 'SNILS', 'it', 'it', now())", vera);
        assertThat(pull("1000051").status()).as("before the parent signs in").isEqualTo(404);

        signedIn(PARENT_OID);

        Pull served = pull("1000051");
        assertThat(served.status()).as(served.body().toString()).isEqualTo(200);
        assertThat(served.body().getJsonObject("student").getString("esiaId")).isEqualTo("1000051");
        assertThat(served.body().toString()).doesNotContain("Ершова", "Ксения", "811-000");
        String parent = Db.column(db, "SELECT subject FROM esia_account WHERE esia_oid = ?", PARENT_OID).get(0);
        assertThat(Db.column(db, "SELECT matched_by || ' ' || reported_by_subject FROM student_esia_id "
                + "WHERE esia_oid = '1000051' AND person_id = ?", ksenia)).containsExactly("SNILS " + parent);
        assertThat(recordedAudits(ksenia)).containsExactly(parent);

        assertThat(pull("1000052").status()).as("names alone, parent bound to nobody").isEqualTo(404);
        assertThat(pull("1000054").status()).as("same names, another SNILS").isEqualTo(404);
        assertThat(Db.count(db, "SELECT count(*) FROM student_esia_id WHERE person_id IN (?, ?)", timofey, gleb))
                .isZero();
        assertThat(pull(PARENT_OID).status()).as("the parent's own id").isEqualTo(404);

        assertThat(pull("1000053").status()).as("a conflicting id is not recorded").isEqualTo(404);
        assertThat(pull("1000098").status()).as("the recorded id stays").isEqualTo(200);
        List<String> conflicts = Db.column(db, "SELECT id || ' ' || recorded_oid FROM student_esia_id_conflict "
                + "WHERE person_id = ? AND offered_oid = '1000053'", vera);
        assertThat(conflicts).hasSize(1).allSatisfy(c -> assertThat(c).endsWith(" 1000098"));
        String conflict = conflicts.get(0).split(" ")[0];
        assertThat(Db.column(db, "SELECT actor_subject FROM audit_event WHERE action = 'exchange.esia-id-conflict' "
                + "AND object_type = 'ESIA_ID_CONFLICT' AND object_id = ?", conflict)).containsExactly(parent);

        signedIn(PARENT_OID);
        assertThat(Db.count(db, "SELECT count(*) FROM student_esia_id_conflict WHERE person_id = ?", vera))
                .as("kept once").isEqualTo(1);
        assertThat(recordedAudits(ksenia)).as("recorded once").hasSize(1);

        Page listed = admin.get(api + "/schools/" + school + "/esia-id-conflicts");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("\"studentPersonId\":\"" + vera + "\"", "\"offeredOid\":\"1000053\"",
                "\"recordedOid\":\"1000098\"", "Ершова Вера Артёмовна").doesNotContain("811-000");
        assertThat(signedIn(PARENT_OID).get(api + "/schools/" + school + "/esia-id-conflicts").status())
                .isEqualTo(403);

        // Bound to a card that is Тимофей's representative, the parent's list now names him strictly enough.
        confirmGuardianLink(admin, ksenia);
        long parentCard = Long.parseLong(Db.column(db, "SELECT person_id FROM account_binding WHERE subject = ? "
                + "AND state = 'CONFIRMED'", parent).get(0));
        Db.update(db, "INSERT INTO guardianship (child_person_id, guardian_person_id, kind, valid_from) "
                + "VALUES (?, ?, 'FATHER', DATE '2026-09-01')", timofey, parentCard);
        signedIn(PARENT_OID);
        assertThat(pull("1000052").status()).isEqualTo(200);
        assertThat(Db.column(db, "SELECT matched_by FROM student_esia_id WHERE person_id = ?", timofey))
                .containsExactly("NAME_BIRTH_DATE");
        assertThat(pull("1000054").status()).as("still another SNILS").isEqualTo(404);

        Path serverLog = TestStack.settings().workDir().resolve("wildfly/log/server.log");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Files.readString(serverLog))
                .contains("children's ESIA ids: Outcome[recorded=1, known=1, conflicts=1, unmatched=1]"));
        assertThat(Files.readString(serverLog)).as("no SNILS, name or child's id in the log")
                .doesNotContain("811-000-05", "81100005", "Ершова", "Тимофей", "\\u0415\\u0440\\u0448", "1000051",
                        "1000053");
    }

    /** The platform's pull with a fresh enough token (the simulator reuses it until shortly before it expires). */
    private Pull pull(String oid) {
        return platform.pullWith(platform.accessToken(), oid, WEEK);
    }

    private List<String> recordedAudits(long student) {
        return Db.column(db, "SELECT actor_subject FROM audit_event WHERE action = 'exchange.esia-id-recorded' "
                + "AND object_type = 'STUDENT' AND object_id = ?", Long.toString(student));
    }

    private BrowserlessClient signedIn(String oid) {
        BrowserlessClient client = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(client, app, oid);
        return client;
    }

    private long schoolWithClass(BrowserlessClient admin) {
        String tag = RegionTestData.tag();
        long school = created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Гимназия %s","shortName":"Гимназия %s","inn":"%s"}"""
                .formatted(tag, tag, RegionTestData.inn())));
        long year = created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        created(admin.sendJson("POST", api + "/schools/" + school + "/classes", "{\"yearId\":" + year
                + ",\"grade\":3,\"letter\":\"Е\"}"));
        return school;
    }

    private long enrol(BrowserlessClient admin, long school, long classId, String surname, String given,
                       String patronymic, String birthDate, String snilsJson) {
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"%s","givenName":"%s","patronymic":"%s","birthDate":"%s","sex":null,
                 "snils":%s,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 4"}"""
                .formatted(surname, given, patronymic, birthDate, snilsJson, classId));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
    }

    /** The parent's suggested link to the child (made at sign-in from the children list), confirmed as father. */
    private void confirmGuardianLink(BrowserlessClient admin, long child) {
        String pending = admin.get(api + "/guardian-links?state=PENDING").body();
        Matcher item = Pattern.compile("\\{[^{}]*\"childPersonId\":" + child + "[^{}]*").matcher(pending);
        assertThat(item.find()).as(pending).isTrue();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(item.group());
        assertThat(id.find()).isTrue();
        Page confirmed = admin.sendJson("POST", api + "/guardian-links/" + id.group(1) + "/confirm",
                "{\"kind\":\"FATHER\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page.firstId();
    }
}
