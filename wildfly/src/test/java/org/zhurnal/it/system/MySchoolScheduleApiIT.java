package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.ParentDiaryFixture;
import org.zhurnal.it.support.ScheduleFixture;
import org.zhurnal.it.support.StackDb;
import org.zhurnal.it.support.TestStack;
import org.zhurnal.simulators.myschool.MySchoolPlatformConfig;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator;
import org.zhurnal.simulators.myschool.MySchoolPlatformSimulator.Pull;

/**
 * «Моя школа» pulls a student's week from the running stack (real Keycloak, WildFly, PostgreSQL): the platform
 * simulator takes a token from Keycloak by client credentials ({@code myschool-platform}) and reads
 * {@code GET /api/v1/myschool/Schedule/{esia id}}; every refusal is an OperationOutcome.
 */
class MySchoolScheduleApiIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static ScheduleFixture fixture;
    private static MySchoolPlatformSimulator platform;

    @BeforeAll
    static void seed() {
        fixture = ScheduleFixture.create();
        // the realm's ${ZHURNAL_MYSCHOOL_CLIENT_SECRET:…} with its development default
        String secret = System.getenv().getOrDefault("ZHURNAL_MYSCHOOL_CLIENT_SECRET", "dev-myschool-platform-secret");
        platform = new MySchoolPlatformSimulator(MySchoolPlatformConfig.local(TestStack.settings().appUrl(),
                TestStack.settings().keycloakUrl(), secret, List.of(ScheduleFixture.STUDENT_OID)));
    }

    @Test
    void thePlatformPullsTheStudentsWeekWithMarksAttendanceSubstitutionAndHomework() {
        Pull pull = platform.pullAll(MONDAY, MONDAY.plusDays(6)).get(ScheduleFixture.STUDENT_OID);

        assertThat(pull.status()).as(pull.body().toString()).isEqualTo(200);
        // Her demo class (another school) may have lessons that week too: only the fixture school is looked at.
        List<JsonObject> schools = pull.body().getJsonArray("schools").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonObject("organization").getString("inn").equals(fixture.inn())).toList();
        assertThat(schools).hasSize(2);
        JsonObject nineA = schools.get(0);
        JsonObject nineB = schools.get(1);
        assertThat(nineA.getJsonObject("class").getString("name")).isEqualTo("9А");
        assertThat(nineB.getJsonObject("class").getString("name")).isEqualTo("9Б");
        assertThat(ids(nineA)).containsExactly(fixture.substituted(), fixture.literature());
        assertThat(ids(nineB)).containsExactly(fixture.fractions());

        JsonObject dictation = nineA.getJsonArray("lessons").getJsonObject(0);
        assertThat(dictation.getBoolean("insteadOf")).isTrue();
        assertThat(dictation.getString("topic")).isEqualTo("Диктант");
        assertThat(dictation.getJsonObject("homework").getString("text")).isEqualTo("Упр. 112");
        assertThat(dictation.getJsonArray("score").getJsonObject(0).toString())
                .contains("\"code\":\"DICTATION\"", "\"score\":\"5\"", "\"score2\":\"4\"", "\"scoreSystem\":\"FIVE_POINT\"");
        assertThat(dictation.getJsonArray("score").getJsonObject(0).getJsonNumber("weight").doubleValue()).isPositive();
        JsonObject literature = nineA.getJsonArray("lessons").getJsonObject(1);
        assertThat(literature.getBoolean("insteadOf")).isFalse();
        assertThat(literature.getJsonObject("attendance").getString("code")).isEqualTo("Б");
        assertThat(literature.getJsonObject("homework").getBoolean("none")).isTrue();
        JsonObject fractions = nineB.getJsonArray("lessons").getJsonObject(0);
        assertThat(fractions.getString("topic")).isEqualTo("Дроби");
        assertThat(fractions.getJsonArray("score").getJsonObject(0).getString("score")).isEqualTo("4");
        assertThat(schools.toString()).doesNotContain("Петрова", "Анна", "Орлова", "Белова", "Сергеевна");

        StackDb db = StackDb.ofTestStack();
        assertThat(Db.column(db, "SELECT actor_subject || ' ' || object_type FROM audit_event "
                        + "WHERE action = 'exchange.schedule-pulled' AND object_id = ? ORDER BY id",
                fixture.anna() + ":2026-11-16/2026-11-22")).contains("myschool-platform STUDENT_SCHEDULE");
    }

    @Test
    void withoutAValidTokenOfTheAllowedClientWithTheRoleNothingIsRead() {
        String week = "start=2026-11-16&end=2026-11-22";
        String oid = ScheduleFixture.STUDENT_OID;

        Pull anonymous = platform.pullWith(null, oid, week);
        assertOutcome(anonymous, 401, "login");

        String other = platform.clientCredentials("demo-other-system", "dev-other-system-secret")
                .getString("access_token");
        assertOutcome(platform.pullWith(other, oid, week), 403, "forbidden");

        String valid = platform.accessToken();
        String[] parts = valid.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"exp\":", "\"exp\":1").getBytes());
        assertOutcome(platform.pullWith(parts[0] + "." + forgedClaims + "." + parts[2], oid, week), 401, "login");
        String expiredUnsigned = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replaceAll("\"exp\":\\d+", "\"exp\":1000000000").getBytes()) + ".";
        assertOutcome(platform.pullWith(expiredUnsigned, oid, week), 401, "login");

        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, TestStack.settings().appUrl(), EsiaSimulatorPage.REGION_ADMIN);
        BrowserlessClient.Page withSession = admin.get(TestStack.settings().appUrl()
                + "/api/v1/myschool/Schedule/" + oid + "?" + week);
        assertThat(withSession.status()).isEqualTo(401);
        assertThat(withSession.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    @Test
    void unknownPeopleAndBadRangesAreOperationOutcomes() {
        String token = platform.accessToken();
        String week = "start=2026-11-16&end=2026-11-22";
        EsiaSimulatorPage.signInThroughApp(new BrowserlessClient(), TestStack.settings().appUrl(),
                ParentDiaryFixture.PARENT_OID);

        Pull unknown = platform.pullWith(token, "999999999", week);
        assertOutcome(unknown, 404, "not-found");
        Pull parent = platform.pullWith(token, ParentDiaryFixture.PARENT_OID, week);
        assertOutcome(parent, 404, "not-found");
        assertThat(parent.body().toString()).isEqualTo(unknown.body().toString());

        assertOutcome(platform.pullWith(token, ScheduleFixture.STUDENT_OID, "start=2026-11-22&end=2026-11-16"), 400, "invalid");
        assertThat(expression(platform.pullWith(token, ScheduleFixture.STUDENT_OID, "start=2026-11-22&end=2026-11-16")))
                .isEqualTo("end");
        assertThat(expression(platform.pullWith(token, ScheduleFixture.STUDENT_OID, "start=2026-09-01&end=2026-11-22")))
                .isEqualTo("end");
        assertThat(expression(platform.pullWith(token, ScheduleFixture.STUDENT_OID, "start=16.11.2026&end=2026-11-22")))
                .isEqualTo("start");
        assertThat(expression(platform.pullWith(token, ScheduleFixture.STUDENT_OID, "end=2026-11-22"))).isEqualTo("start");
    }

    private static void assertOutcome(Pull pull, int status, String code) {
        assertThat(pull.status()).as(pull.body().toString()).isEqualTo(status);
        assertThat(pull.body().getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(pull.body().getJsonArray("issue").getJsonObject(0).getString("code")).isEqualTo(code);
    }

    private static String expression(Pull pull) {
        assertOutcome(pull, 400, "invalid");
        return pull.body().getJsonArray("issue").getJsonObject(0).getJsonArray("expression").getString(0);
    }

    private static List<Long> ids(JsonObject school) {
        return school.getJsonArray("lessons").stream().map(l -> Long.parseLong(l.asJsonObject().getString("id")))
                .collect(Collectors.toList());
    }
}
