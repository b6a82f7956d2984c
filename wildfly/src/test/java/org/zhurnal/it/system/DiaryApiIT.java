package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.ParentDiaryFixture;
import org.zhurnal.it.support.TestStack;

/**
 * The diary over HTTP: the demo parent (ESIA 1000004, Петров Сергей Николаевич) signs in through Keycloak and
 * the ESIA simulator and reads his daughter's week; another student's diary and other people's requests are
 * refused. The school and the student come through the API; the guardianship, the account binding, lessons
 * and marks are written with SQL (their own features are built in parallel).
 */
class DiaryApiIT {

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";

    @Test
    void aParentReadsTheWeekOfTheirChildAndNobodyElses() {
        ParentDiaryFixture fixture = ParentDiaryFixture.create();
        long anna = fixture.anna();
        long stranger = fixture.classmate();
        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, app, EsiaSimulatorPage.REGION_ADMIN);

        BrowserlessClient parent = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(parent, app, ParentDiaryFixture.PARENT_OID);
        Page children = parent.get(api + "/diary/children");
        assertThat(children.status()).as(children.body()).isEqualTo(200);
        assertThat(children.body()).contains("\"personId\":" + anna + ",\"displayName\":\"Петрова Анна Сергеевна\"",
                "\"relation\":\"GUARDIAN\"", "\"className\":\"9А\"", "\"school\":\"" + fixture.schoolName() + "\"");

        Page week = parent.get(api + "/diary/" + anna + "/week?date=2026-11-18");
        assertThat(week.status()).as(week.body()).isEqualTo(200);
        assertThat(week.body()).contains("\"monday\":\"2026-11-16\"", "\"saturday\":\"2026-11-21\"",
                "\"previous\":\"2026-11-09\"", "\"next\":\"2026-11-23\"",
                "\"startsAt\":\"08:00\"", "\"endsAt\":\"08:40\"", "\"subject\":\"Русский язык\"", "\"room\":\"214\"",
                "\"teacher\":\"Орлова Н. В.\"", "\"substitute\":null", "\"topic\":\"Диктант\"", "\"homework\":\"Упр. 112\"",
                "\"value\":5,\"value2\":4,\"kind\":\"Диктант\",\"kindShort\":\"Дикт.\",\"weight\":2",
                "\"homeworkNone\":true", "\"attendance\":\"ILL\"", "\"absenceReports\":[]");
        assertThat(parent.get(api + "/diary/" + anna + "/week?date=18.11.2026").body()).contains("\"status\":400",
                "\"field\":\"date\"");

        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Krasnoyarsk")).plusDays(1);
        Page tooLong = parent.sendJson("POST", api + "/diary/" + anna + "/absence-reports",
                "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"ILLNESS\"}".formatted(tomorrow, tomorrow.minusDays(1)));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"to\"");
        Page reported = parent.sendJson("POST", api + "/diary/" + anna + "/absence-reports",
                "{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"FAMILY\",\"comment\":\"Поездка\"}"
                        .formatted(tomorrow, tomorrow.plusDays(1)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.body()).contains("\"reason\":\"FAMILY\"", "\"decision\":null");

        BrowserlessClient teacherClient = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(teacherClient, app, EsiaSimulatorPage.TEACHER);
        for (Page refused : List.of(parent.get(api + "/diary/" + stranger + "/week"),
                parent.get(api + "/diary/" + stranger + "/marks?periodId=1"),
                parent.sendJson("POST", api + "/diary/" + stranger + "/absence-reports",
                        "{\"from\":\"2099-01-09\",\"to\":\"2099-01-10\",\"reason\":\"FAMILY\"}"),
                teacherClient.get(api + "/diary/" + anna + "/week"),
                admin.get(api + "/diary/" + anna + "/week"))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("\"title\":\"Нет доступа\"");
        }
        assertThat(new BrowserlessClient().get(api + "/diary/children").status()).isEqualTo(401);
    }
}
