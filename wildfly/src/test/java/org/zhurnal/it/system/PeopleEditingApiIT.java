package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.ImportJobs;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/**
 * The students' import and the editing of master data over HTTP, signed in through Keycloak and the ESIA
 * simulator: problem JSON naming the field (or the rows and columns of a file).
 */
class PeopleEditingApiIT {

    private static final String HEADER = "Класс;Фамилия;Имя;Отчество;Дата рождения;Пол;СНИЛС;"
            + "Представитель 1: кем приходится;Представитель 1: фамилия;Представитель 1: имя;Представитель 1: СНИЛС\r\n";

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void aStudentsListIsPreviewedRefusedWholeAndThenImportedWithoutItsBadRow() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        long school = school();
        long year = created(client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        long fiveA = created(client.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":5,\"letter\":\"А\"}"));
        String students = api + "/schools/" + school + "/students";
        Page template = client.get(students + "/import-template?format=csv");
        assertThat(template.body()).startsWith("\uFEFFКласс (например, 5А);Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ)");

        byte[] file = (HEADER + "5А;Петрова;Анна;Сергеевна;12.04.2015;Ж;" + RegionTestData.formatted(RegionTestData.snils())
                + ";мать;Петрова;Ольга;" + RegionTestData.formatted(RegionTestData.snils()) + "\r\n"
                + "5А;Орлов;;;12.04.2015;М;123-456-789 00;;;;\r\n").getBytes(StandardCharsets.UTF_8);
        Page preview = client.sendFile(students + "/import/preview", "text/csv", file);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"yearLabel\":\"2026/2027\",\"rows\":2,\"validRows\":1,\"errorCount\":2",
                "{\"row\":3,\"field\":\"Имя\",\"message\":\"Укажите имя\"}",
                "\"counts\":{\"created\":1,\"enrolled\":1,\"unchanged\":0,\"representativesCreated\":1,\"representativesLinked\":1}");

        Page refused = ImportJobs.finished(client, api, students, client.sendFile(students + "/import", "text/csv", file));
        assertThat(refused.body()).contains("\"state\":\"failed\"", "\"status\":422",
                "{\"row\":3,\"field\":\"СНИЛС\",\"message\":\"Неверный СНИЛС: проверьте номер\"}");

        Page imported = ImportJobs.finished(client, api, students,
                client.sendFile(students + "/import?validRowsOnly=true", "text/csv", file));
        assertThat(imported.body()).contains("\"state\":\"done\"", "\"result\":{\"created\":1,\"enrolled\":1,"
                + "\"unchanged\":0,\"representativesCreated\":1,\"representativesLinked\":1}");
        Page roster = client.get(api + "/classes/" + fiveA);
        Matcher pupil = Pattern.compile("\"personId\":(\\d+),\"displayName\":\"Петрова Анна Сергеевна\"").matcher(roster.body());
        assertThat(pupil.find()).as(roster.body()).isTrue();

        String name = api + "/people/" + pupil.group(1) + "/name";
        Page noReason = client.sendJson("POST", name + "/corrections",
                "{\"surname\":\"Петрова-Орлова\",\"givenName\":\"Анна\",\"patronymic\":\"Сергеевна\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Page corrected = client.sendJson("POST", name + "/corrections", "{\"surname\":\"Петрова-Орлова\",\"givenName\":"
                + "\"Анна\",\"patronymic\":\"Сергеевна\",\"reason\":\"Свидетельство № 7\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(client.get(name).body()).contains("\"displayName\":\"Петрова-Орлова Анна Сергеевна\"",
                "\"nameBefore\":\"Петрова Анна Сергеевна\"", "\"reason\":\"Свидетельство № 7\"");
    }

    @Test
    void aSchoolAndASubjectAreChangedAndBadInputNamesTheField() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        long school = school();
        Page badInn = client.sendJson("PUT", api + "/schools/" + school,
                "{\"fullName\":\"Школа\",\"shortName\":\"Ш\",\"inn\":\"123\"}");
        assertThat(badInn.status()).isEqualTo(400);
        assertThat(badInn.body()).contains("\"field\":\"inn\"");
        String inn = RegionTestData.inn();
        Page changed = client.sendJson("PUT", api + "/schools/" + school,
                "{\"fullName\":\"Школа имени Пушкина\",\"shortName\":\"Школа Пушкина\",\"inn\":\"" + inn + "\",\"address\":\"г. Канск\"}");
        assertThat(changed.body()).contains("\"shortName\":\"Школа Пушкина\"", "\"inn\":\"" + inn + "\"", "\"address\":\"г. Канск\"");

        String tag = RegionTestData.tag();
        long subject = created(client.sendJson("POST", api + "/subjects",
                "{\"name\":\"Шахматы " + tag + "\",\"shortName\":\"Шахм.\",\"schoolId\":" + school + "}"));
        Page renamed = client.sendJson("PUT", api + "/subjects/" + subject, "{\"name\":\"Шахматы и шашки " + tag
                + "\",\"shortName\":\"Ш/ш\"}");
        assertThat(renamed.body()).contains("\"name\":\"Шахматы и шашки " + tag + "\"", "\"shortName\":\"Ш/ш\"");
        Page blank = client.sendJson("PUT", api + "/subjects/" + subject, "{\"name\":\"\",\"shortName\":\"Ш\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"name\"");
    }

    private long school() {
        String tag = RegionTestData.tag();
        return created(client.sendJson("POST", api + "/schools", """
                {"fullName":"Школа людей %s","shortName":"ШЛ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page.firstId();
    }
}
