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

/** Classes and students over HTTP, signed in through Keycloak and the ESIA simulator. */
class ClassesApiIT {

    private static final Pattern PERSON_ID = Pattern.compile("\"personId\":(\\d+)");

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void regionAdministratorOpensAClassAndEnrolsAStudentAndATeacherIsRefused() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = createdId(client.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
        long year = createdId(client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));

        Page opened = created(client.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":5,\"letter\":\"а\",\"classTeacherPersonId\":null}"));
        long fiveA = opened.firstId();
        assertThat(opened.header("Location")).hasValue(api + "/classes/" + fiveA);
        assertThat(opened.body()).isEqualTo("{\"id\":" + fiveA + ",\"name\":\"5А\",\"grade\":5,\"letter\":\"А\",\"yearId\":"
                + year + ",\"classTeacher\":null,\"studentCount\":0}");
        Page duplicate = client.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":5,\"letter\":\"А\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"letter\"");

        Page enrolled = created(client.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"Смирнов","givenName":"Артём","patronymic":"Игоревич","birthDate":"2015-03-14","sex":"MALE",
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 112-у"}""".formatted(fiveA)));
        assertThat(enrolled.body()).matches("\\{\"personId\":\\d+,\"displayName\":\"Смирнов Артём Игоревич\"}");
        String student = "{\"personId\":" + personId(enrolled) + ",\"displayName\":\"Смирнов Артём Игоревич\","
                + "\"birthDate\":\"2015-03-14\"}";

        Page onArrival = client.get(api + "/classes/" + fiveA + "?date=2026-09-01");
        assertThat(onArrival.status()).as(onArrival.body()).isEqualTo(200);
        assertThat(onArrival.body()).contains("\"name\":\"5А\"", "\"date\":\"2026-09-01\"",
                "\"students\":[" + student + "]", "\"groups\":[]");
        assertThat(client.get(api + "/classes/" + fiveA + "?date=2026-08-31").body()).contains("\"students\":[]");
        assertThat(client.get(api + "/classes/" + fiveA + "?date=31.08.2026").body()).contains("\"status\":400",
                "\"field\":\"date\"");
        assertThat(client.get(api + "/schools/" + school + "/classes?yearId=" + year).body())
                .contains("\"name\":\"5А\"", "\"studentCount\":1");

        Page group = created(client.sendJson("POST", api + "/classes/" + fiveA + "/groups", "{\"name\":\"Английский, группа 1\"}"));
        assertThat(group.body()).isEqualTo("{\"id\":" + group.firstId() + ",\"name\":\"Английский, группа 1\"}");
        String joinGroup = "{\"kind\":\"GROUP_MOVE\",\"date\":\"%s\",\"toGroupId\":" + group.firstId() + "}";
        Page midPeriod = client.sendJson("POST", api + "/students/" + personId(enrolled) + "/movements",
                joinGroup.formatted("2026-11-18"));
        assertThat(midPeriod.status()).isEqualTo(400);
        assertThat(midPeriod.body()).contains("\"field\":\"date\"", "первого дня отчётного периода", "12.01.2027");
        assertThat(created(client.sendJson("POST", api + "/students/" + personId(enrolled) + "/movements",
                joinGroup.formatted("2027-01-12"))).body()).contains("\"kind\":\"GROUP_JOIN\"", "\"date\":\"2027-01-12\"");
        assertThat(client.get(api + "/classes/" + fiveA + "?date=2027-01-12").body()).contains("\"groups\":[{\"id\":"
                + group.firstId() + ",\"name\":\"Английский, группа 1\",\"students\":[{\"personId\":" + personId(enrolled) + ",");

        BrowserlessClient teacher = new BrowserlessClient();
        EsiaSimulatorPage.signInAs(teacher, teacher.get(app + "/login"), EsiaSimulatorPage.TEACHER);
        for (Page refused : new Page[] {teacher.get(api + "/classes/" + fiveA),
                teacher.get(api + "/schools/" + school + "/classes"),
                teacher.sendJson("POST", api + "/schools/" + school + "/classes", "{\"yearId\":" + year + ",\"grade\":6,\"letter\":\"А\"}"),
                teacher.sendJson("POST", api + "/classes/" + fiveA + "/groups", "{\"name\":\"Группа 1\"}"),
                teacher.sendJson("POST", api + "/students/" + personId(enrolled) + "/movements",
                        "{\"kind\":\"LEAVE\",\"date\":\"2026-10-01\"}")}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("\"title\":\"Нет доступа\"");
        }
        assertThat(client.get(api + "/classes/" + fiveA + "?date=2026-10-01").body()).contains("\"students\":[" + student + "]");
    }

    @Test
    void theDemoSchoolHasItsClassesStudentsAndClassTeacher() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        Page found = client.get(api + "/schools?q=2460000010");
        assertThat(found.status()).isEqualTo(200);
        long school = found.firstId();

        Page list = client.get(api + "/schools/" + school + "/classes");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"1А\"", "\"name\":\"5Б\"", "\"name\":\"9А\"",
                "\"name\":\"5А\",\"grade\":5,\"letter\":\"А\"",
                "\"classTeacher\":{\"personId\":", "\"displayName\":\"Иванова Мария Петровна\"}");
        long fiveA = Long.parseLong(list.body().replaceAll(".*\\{\"id\":(\\d+),\"name\":\"5А\".*", "$1"));

        Page beforeTransfer = client.get(api + "/classes/" + fiveA + "?date=2026-11-04");
        Page afterTransfer = client.get(api + "/classes/" + fiveA + "?date=2026-11-05");
        assertThat(beforeTransfer.body()).contains("Ефимов Тимофей Алексеевич", "Английский язык, группа 2");
        assertThat(afterTransfer.body()).contains("Алексеева Дарья Романовна").doesNotContain("Ефимов");
    }


    private static long createdId(Page page) {
        return created(page).firstId();
    }

    private static Page created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page;
    }


    private static long personId(Page page) {
        Matcher matcher = PERSON_ID.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
