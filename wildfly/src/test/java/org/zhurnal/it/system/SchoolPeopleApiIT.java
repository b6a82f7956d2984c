package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/** The lists of a school's people over HTTP: search by name (case and «ё» do not matter), pages, bounds. */
class SchoolPeopleApiIT {

    private static final Pattern STUDENT_ID = Pattern.compile("\\{\"personId\":(\\d+),\"displayName\"");
    private static final String DATE = "date=2026-10-01";

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void studentsRepresentativesAndPeopleAreSearchedAndPagedOnTheServer() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = client.sendJson("POST", api + "/schools", """
                {"fullName":"Школа списков %s","shortName":"ШС %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn()))
                .firstId();
        long year = client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}""")
                .firstId();
        long fiveA = openClass(school, year, 5);
        long sixA = openClass(school, year, 6);
        for (int i = 0; i < 23; i++) {
            enrol(school, fiveA, "Ученик" + (char) ('а' + i), "Пётр");
        }
        long alyoshin = enrol(school, fiveA, "Алёшин", "Семён");
        long aleshina = enrol(school, sixA, "Алешина", "Дарья");
        Page parent = client.sendJson("POST", api + "/students/" + alyoshin + "/representatives", """
                {"surname":"Родителева","givenName":"Анна","patronymic":"Сергеевна","kind":"MOTHER","validFrom":"2026-09-01"}""");
        assertThat(parent.status()).as(parent.body()).isEqualTo(201);
        String students = api + "/schools/" + school + "/students?" + DATE;

        Page first = client.get(students + "&size=10");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).endsWith(",\"page\":0,\"size\":10,\"total\":25}");
        List<Long> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            all.addAll(ids(client.get(students + "&size=10&page=" + page).body()));
        }
        assertThat(all).as("pages are stable and do not overlap").hasSize(25).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).contains(alyoshin, aleshina);
        assertThat(client.get(students + "&size=10&page=5").body()).isEqualTo("{\"items\":[],\"page\":5,\"size\":10,\"total\":25}");

        assertThat(ids(client.get(students + "&q=" + q("АЛЁШ")).body())).as("case and «ё» do not matter")
                .containsExactly(alyoshin, aleshina);
        assertThat(client.get(students + "&q=" + q("алеш") + "&classId=" + sixA).body())
                .contains("\"displayName\":\"Алешина Дарья Игоревна\"", "\"className\":\"6А\"", "\"total\":1");
        assertThat(client.get(api + "/schools/" + school + "/students?date=2026-08-31").body()).endsWith("\"total\":0}");

        assertThat(client.get(api + "/schools/" + school + "/representatives?" + DATE + "&q=" + q("алёшин")).body())
                .as("a parent is found by a child's name").contains("\"displayName\":\"Родителева Анна Сергеевна\"",
                        "\"children\":[{\"personId\":" + alyoshin + ",\"displayName\":\"Алёшин Семён Игоревич\","
                                + "\"className\":\"5А\",\"kind\":\"MOTHER\"}]", "\"total\":1");
        Page people = client.get(api + "/schools/" + school + "/people?q=" + q("родителева"));
        assertThat(people.body()).contains("\"roles\":[\"REPRESENTATIVE\"]", "\"total\":1");

        for (String list : List.of(students, api + "/schools/" + school + "/representatives?" + DATE,
                api + "/schools/" + school + "/people?x=1", api + "/schools/" + school + "/staff?x=1",
                api + "/schools?x=1")) {
            assertBadRequest(client.get(list + "&size=101"), "size");
            assertBadRequest(client.get(list + "&size=0"), "size");
            assertBadRequest(client.get(list + "&page=-1"), "page");
            assertBadRequest(client.get(list + "&q=" + q("а".repeat(201))), "q");
        }
        assertBadRequest(client.get(students + "&classId=five"), "classId");

        BrowserlessClient teacher = new BrowserlessClient();
        EsiaSimulatorPage.signInAs(teacher, teacher.get(app + "/login"), EsiaSimulatorPage.TEACHER);
        assertThat(teacher.get(students).status()).isEqualTo(403);
    }

    private long openClass(long school, long year, int grade) {
        return client.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":" + grade + ",\"letter\":\"А\"}").firstId();
    }

    private long enrol(long school, long classId, String surname, String givenName) {
        boolean female = surname.endsWith("а");
        Page enrolled = client.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"%s","givenName":"%s","patronymic":"%s","birthDate":"2015-03-14","sex":"%s",
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 1-у"}""".formatted(surname, givenName,
                female ? "Игоревна" : "Игоревич", female ? "FEMALE" : "MALE", classId));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return ids(enrolled.body()).get(0);
    }

    private static void assertBadRequest(Page page, String field) {
        assertThat(page.status()).as(page.uri() + " " + page.body()).isEqualTo(400);
        assertThat(page.body()).contains("\"field\":\"" + field + "\"");
    }

    private static List<Long> ids(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = STUDENT_ID.matcher(body);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
