package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/** The timetable and thematic plans over HTTP on the demo school, signed in through Keycloak and the ESIA simulator. */
class TimetableApiIT {

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void theDemoSchoolHasAMathsPlanAndAPlanIsImportedAllOrNothingWithRussianRowErrors() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        long school = client.get(api + "/schools?q=2460000010").firstId();
        long year = client.get(api + "/schools/" + school + "/years").firstId();

        Page plans = client.get(api + "/schools/" + school + "/plans?yearId=" + year);
        assertThat(plans.status()).as(plans.body()).isEqualTo(200);
        assertThat(plans.body()).contains("\"subject\":\"Математика\",\"grade\":5", "\"topics\":17,\"hours\":170");

        Page subjects = client.get(api + "/schools/" + school + "/plans/subjects");
        long music = Long.parseLong(subjects.body().replaceAll(".*\\{\"id\":(\\d+),\"name\":\"Музыка\"}.*", "$1"));
        int grade = 2 + (int) (Long.parseLong(RegionTestData.tag()) % 9);
        Page created = client.sendJson("POST", api + "/schools/" + school + "/plans", """
                {"yearId":%d,"subjectId":%d,"grade":%d,"topics":[{"title":"Звуки музыки","hours":2}]}"""
                .formatted(year, music, grade));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        if (created.status() == 409) {
            return; // this grade's music plan was made by an earlier run on the same stack
        }
        assertThat(created.body()).contains("\"hours\":2", "\"warning\":\"");
        long plan = created.firstId();

        Page refused = client.sendFile(api + "/schools/" + school + "/plans/" + plan + "/import", "text/csv",
                "Тема;Часы;Вид\nПесня;1;\n;0;экскурсия\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"row\":3", "\"field\":\"Тема\"", "\"field\":\"Часы\"", "Неизвестный вид урока");
        Page imported = client.sendFile(api + "/schools/" + school + "/plans/" + plan + "/import", "text/csv",
                "Тема;Часы;Вид;Домашнее задание\nПесня;1;;Выучить куплет\nМарш;1;урок;\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"title\":\"Песня\"", "\"homework\":\"Выучить куплет\"", "\"title\":\"Марш\"")
                .doesNotContain("Звуки музыки");
    }

    @Test
    void theTimetableRefusesBadInputByFieldAndATeacherOfAnotherSchoolReadsNothing() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        long school = client.get(api + "/schools?q=2460000010").firstId();
        Page classes = client.get(api + "/schools/" + school + "/classes");
        long fiveA = Long.parseLong(classes.body().replaceAll(".*\\{\"id\":(\\d+),\"name\":\"5А\".*", "$1"));

        Page week = client.get(api + "/schools/" + school + "/timetable?classId=" + fiveA + "&date=2026-09-07");
        assertThat(week.status()).as(week.body()).isEqualTo(200);
        assertThat(week.body()).contains("\"monday\":\"2026-09-07\"", "\"week\":\"B\"");
        assertThat(client.get(api + "/schools/" + school + "/timetable/classes?date=2026-09-07").body())
                .contains("\"startsOn\":\"2026-09-01\"", "{\"id\":" + fiveA + ",\"name\":\"5А\"}");
        assertThat(client.get(api + "/schools/" + school + "/timetable/options?classId=" + fiveA).body())
                .contains("\"slots\":[{\"number\":1,\"startsAt\":\"08:");
        Page bad = client.sendJson("POST", api + "/schools/" + school + "/timetable/entries",
                "{\"assignmentId\":999999999,\"weekday\":1,\"slotNumber\":1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"assignmentId\"");
        assertThat(client.get(api + "/schools/" + school + "/plans/for-lesson/999999999").status()).isEqualTo(404);

        String tag = RegionTestData.tag();
        Page other = client.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn()));
        BrowserlessClient teacher = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(teacher, app, EsiaSimulatorPage.TEACHER);
        for (Page refused : new Page[] {
                teacher.get(api + "/schools/" + other.firstId() + "/timetable/substitutions?date=2026-09-07"),
                teacher.get(api + "/schools/" + other.firstId() + "/plans?yearId=1"),
                teacher.sendJson("POST", api + "/schools/" + school + "/timetable/lessons/generate", "{\"yearId\":1}")}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        }
    }
}
