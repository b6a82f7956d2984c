package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/** Closing a year, the rollover and a student's movement history over HTTP, signed in through the ESIA simulator. */
class YearEndApiIT {

    private static final Pattern PERSON_ID = Pattern.compile("\"personId\":(\\d+)");

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void aRegionAdministratorClosesAYearRollsItOverOnceAndReadsTheMovements() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = status(201, client.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())))
                .firstId();
        long year = status(201, client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""))
                .firstId();
        long tenA = status(201, client.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":10,\"letter\":\"А\"}")).firstId();
        long student = personId(status(201, client.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"Десятов","givenName":"Артём","patronymic":"Игоревич","birthDate":"2010-03-14","sex":"MALE",
                 "classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 1-у"}""".formatted(tenA))));
        String end = api + "/schools/" + school + "/years/" + year + "/end";

        assertThat(status(200, client.get(end)).body()).isEqualTo("{\"yearId\":" + year + ",\"label\":\"2026/2027\","
                + "\"startsOn\":\"2026-09-01\",\"endsOn\":\"2027-05-31\",\"closed\":false,\"closedAt\":null,\"blockers\":[],"
                + "\"rollover\":null}");
        assertThat(status(200, client.get(api + "/schools/" + school + "/years/" + year)).body())
                .as("the year itself is still served by the calendar").contains("\"label\":\"2026/2027\"");
        String body = "{\"copyGroups\":true,\"orderRef\":\"№ 52-о\",\"classes\":[{\"fromClassId\":" + tenA + ",\"letter\":\"б\"}]}";
        assertThat(status(409, client.sendJson("POST", end + "/rollover", body)).body()).contains("\"field\":\"year\"");

        assertThat(status(200, client.sendJson("POST", end + "/close", null)).body()).contains("\"closed\":true",
                "\"closedAt\":\"20");
        Page preview = status(200, client.sendJson("POST", end + "/rollover-preview", body));
        assertThat(preview.body()).contains("\"fromYearClosed\":true", "\"rolledOverIntoYearId\":null",
                "\"nextYear\":{\"label\":\"2027/2028\",\"startsOn\":\"2027-09-01\",\"endsOn\":\"2028-05-31\"",
                "\"periods\":[{\"number\":1,\"startsOn\":\"2027-09-01\",\"endsOn\":\"2027-12-28\"},"
                        + "{\"number\":2,\"startsOn\":\"2028-01-12\",\"endsOn\":\"2028-05-31\"}]",
                "\"name\":\"11Б\"", "\"promoted\":1", "\"graduates\":[]");
        Page committed = status(201, client.sendJson("POST", end + "/rollover", body));
        assertThat(committed.body()).contains("\"label\":\"2027/2028\"", "\"classesCreated\":1", "\"studentsMoved\":1",
                "\"alreadyDone\":false");
        assertThat(status(200, client.sendJson("POST", end + "/rollover", body)).body()).contains("\"alreadyDone\":true");

        Page history = status(200, client.get(api + "/students/" + student + "/movement-history"));
        assertThat(history.body()).contains("\"displayName\":\"Десятов Артём Игоревич\"",
                "\"kind\":\"TRANSFER\",\"date\":\"2027-06-01\",\"classId\":" + tenA + ",\"className\":\"10А\","
                        + "\"yearLabel\":\"2026/2027\",\"groupId\":null,\"groupName\":null,\"orderRef\":\"№ 52-о\"",
                "\"kind\":\"ARRIVE\",\"date\":\"2027-09-01\"", "\"className\":\"11Б\"");

        BrowserlessClient teacher = new BrowserlessClient();
        EsiaSimulatorPage.signInAs(teacher, teacher.get(app + "/login"), EsiaSimulatorPage.TEACHER);
        for (Page refused : new Page[] {teacher.get(end), teacher.sendJson("POST", end + "/close", null),
                teacher.sendJson("POST", end + "/rollover-preview", body),
                teacher.get(api + "/students/" + student + "/movement-history")}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        }
    }

    private static Page status(int expected, Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(expected);
        return page;
    }

    private static long personId(Page page) {
        Matcher matcher = PERSON_ID.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
