package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.TestStack;

/**
 * The demo school's rooms, teaching assignments and students' cards over HTTP: the demo accounts act as their
 * person cards (bound by the demo data), so the class teacher of 5А reads her students' cards and not 9А's,
 * and a parent reads no card.
 */
class PeopleApiIT {

    private static final String PARENT = "1000004";

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";

    @Test
    void theClassTeacherKeepsHerOwnClassesCardsOnly() {
        BrowserlessClient admin = signedIn(EsiaSimulatorPage.REGION_ADMIN);
        long school = admin.get(api + "/schools?q=2460000010").firstId();
        String classes = admin.get(api + "/schools/" + school + "/classes").body();
        long fiveA = classId(classes, "5А");
        long nineA = classId(classes, "9А");
        long alekseeva = personId(admin.get(api + "/classes/" + fiveA).body(), "Алексеева Дарья Романовна");
        long petrova = personId(admin.get(api + "/classes/" + nineA).body(), "Петрова Анна Сергеевна");

        BrowserlessClient teacher = signedIn(EsiaSimulatorPage.TEACHER);
        Page own = teacher.get(api + "/students/" + alekseeva + "/card");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"className\":\"5А\"", "\"displayName\":\"Алексеев Роман Викторович\"",
                "\"kind\":\"FATHER\"", "\"purpose\":\"ELECTRONIC_JOURNAL\"");
        Page other = teacher.get(api + "/students/" + petrova + "/card");
        assertThat(other.status()).as("9А is not her class").isEqualTo(403);
        assertThat(teacher.get(api + "/schools/" + school + "/rooms").status()).isEqualTo(403);

        Page petrovaCard = admin.get(api + "/students/" + petrova + "/card");
        assertThat(petrovaCard.body()).contains("\"className\":\"9А\"", "\"displayName\":\"Петров Сергей Николаевич\"",
                "\"phone\":\"+79130000004\"");
        long father = personId(petrovaCard.body(), "Петров Сергей Николаевич");
        Page badPhone = admin.sendJson("PUT", api + "/people/" + father + "/contacts", "{\"phone\":\"12-34\"}");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.body()).contains("\"field\":\"phone\"").doesNotContain("12-34");

        BrowserlessClient parent = signedIn(PARENT);
        assertThat(parent.get(api + "/students/" + petrova + "/card").status()).isEqualTo(403);
        assertThat(parent.get(api + "/people/" + petrova + "/consents").status()).isEqualTo(403);
    }

    @Test
    void theDemoSchoolHasRoomsAndItsClassesAreTaught() {
        BrowserlessClient admin = signedIn(EsiaSimulatorPage.REGION_ADMIN);
        long school = admin.get(api + "/schools?q=2460000010").firstId();
        long fiveA = classId(admin.get(api + "/schools/" + school + "/classes").body(), "5А");

        Page rooms = admin.get(api + "/schools/" + school + "/rooms");
        assertThat(rooms.status()).as(rooms.body()).isEqualTo(200);
        assertThat(rooms.body()).contains("\"name\":\"Спортзал\"", "\"buildingName\":\"Основное здание\"");
        Page duplicate = admin.sendJson("POST", api + "/schools/" + school + "/buildings", "{\"name\":\"основное ЗДАНИЕ\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"name\"");

        Page taught = admin.get(api + "/schools/" + school + "/teaching-assignments?classId=" + fiveA);
        assertThat(taught.status()).as(taught.body()).isEqualTo(200);
        assertThat(taught.body()).contains("\"audienceName\":\"5А, Английский язык, группа 1\"",
                "\"audienceName\":\"5А, Английский язык, группа 2\"", "\"teacherName\":\"Иванова Мария Петровна\"");
        Page noAudience = admin.sendJson("POST", api + "/schools/" + school + "/teaching-assignments",
                "{\"academicYearId\":1,\"subjectId\":1,\"teacherPersonId\":1}");
        assertThat(noAudience.status()).isEqualTo(400);
    }

    private BrowserlessClient signedIn(String oid) {
        BrowserlessClient client = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(client, app, oid);
        return client;
    }

    private static long classId(String classes, String name) {
        Matcher matcher = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"" + name + "\"").matcher(classes);
        assertThat(matcher.find()).as(classes).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The {@code personId} of the JSON object (without nested objects) naming the person, whatever the order. */
    private static long personId(String body, String displayName) {
        Matcher object = Pattern.compile("\\{[^{}]*\"displayName\":\"" + displayName + "\"[^{}]*}").matcher(body);
        assertThat(object.find()).as(body).isTrue();
        Matcher id = Pattern.compile("\"personId\":(\\d+)").matcher(object.group());
        assertThat(id.find()).as(object.group()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
