package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.ImportJobs;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StaffLists;
import org.zhurnal.it.support.TestStack;

/** Staff import, subjects and the curriculum over HTTP, signed in through Keycloak and the ESIA simulator. */
class SchoolSetupApiIT {



    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void regionAdministratorDownloadsTheTemplateFixesABadRowAndImportsTheStaff() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String staff = api + "/schools/" + school() + "/staff";
        downloadsTheCsvTemplate(staff);

        List<String> lines = new ArrayList<>(StaffLists.people(2));
        String good = lines.get(1);
        lines.set(1, withWrongChecksum(good));
        Page refused = finished(staff, client.sendFile(staff + "/import", "text/csv", StaffLists.csv(lines)));
        assertThat(refused.body()).contains("\"state\":\"failed\"", "\"status\":422",
                "\"errors\":[{\"row\":3,\"field\":\"СНИЛС\",\"message\":\"Неверный СНИЛС: проверьте номер\"}]");
        assertThat(client.get(staff).body()).contains("\"total\":0");

        lines.set(1, good);
        Page imported = finished(staff, client.sendFile(staff + "/import", "text/csv; charset=UTF-8",
                StaffLists.csv(lines)));
        assertThat(imported.body()).contains("\"state\":\"done\",\"processed\":2,\"total\":2,"
                + "\"result\":{\"created\":2,\"updated\":0,\"unchanged\":0}");
        assertThat(finished(staff, client.sendFile(staff + "/import", "text/csv", StaffLists.csv(lines))).body())
                .contains("\"result\":{\"created\":0,\"updated\":0,\"unchanged\":2}");
        Page list = client.get(staff + "?q=" + URLEncoder.encode(lines.get(0).split(";")[0], StandardCharsets.UTF_8)
                + "&size=5");
        assertThat(list.body()).contains("\"positions\":[\"TEACHER\"]", "\"page\":0,\"size\":5,\"total\":1");
    }

    @Test
    void aThousandRowsOverHttpImportInSeconds() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        byte[] file = StaffLists.csv(StaffLists.people(1000));
        long started = System.nanoTime();
        String staff = api + "/schools/" + school() + "/staff";
        Page imported = finished(staff, client.sendFile(staff + "/import", "text/csv", file));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Staff import of 1000 rows over HTTP (" + file.length / 1024 + " KB CSV): " + millis + " ms");
        assertThat(imported.body()).contains("\"result\":{\"created\":1000,\"updated\":0,\"unchanged\":0}");
        assertThat(millis).isLessThan(30_000);
    }

    private Page finished(String list, Page accepted) {
        return ImportJobs.finished(client, api, list, accepted);
    }

    @Test
    void aFileOfTheWrongKindOrSizeIsRefusedWithAReason() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String imports = api + "/schools/" + school() + "/staff/import";
        Page tooLarge = client.sendFile(imports, "text/csv", new byte[5 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Файл больше 5 МБ");
        Page json = client.sendFile(imports, "application/json", "{}".getBytes());
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.body()).contains("Excel (.xlsx) или CSV");
    }

    @Test
    void theCurriculumUsesTheCatalogueAndDerivesHoursAWeek() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        long school = school();
        Page catalogue = client.get(api + "/subjects?schoolId=" + school);
        assertThat(catalogue.status()).isEqualTo(200);
        Matcher maths = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"Математика\",\"shortName\":\"Матем.\","
                + "\"schoolId\":null}").matcher(catalogue.body());
        assertThat(maths.find()).as(catalogue.body()).isTrue();
        Page year = client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-09","endsOn":"2027-05-31"}]}""");
        long yearId = year.firstId();

        Page replaced = client.sendJson("PUT", api + "/schools/" + school + "/curriculum",
                "{\"yearId\":" + yearId + ",\"items\":[{\"grade\":5,\"subjectId\":" + maths.group(1) + ",\"hoursPerYear\":170}]}");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(client.get(api + "/schools/" + school + "/curriculum?yearId=" + yearId).body())
                .isEqualTo("{\"yearId\":" + yearId + ",\"items\":[{\"grade\":5,\"subjectId\":" + maths.group(1)
                        + ",\"subjectName\":\"Математика\",\"hoursPerYear\":170,\"hoursPerWeek\":5.0}]}");
        Page bad = client.sendJson("PUT", api + "/schools/" + school + "/curriculum",
                "{\"yearId\":" + yearId + ",\"items\":[{\"grade\":12,\"subjectId\":" + maths.group(1) + ",\"hoursPerYear\":1}]}");
        assertThat(bad.body()).contains("\"status\":400", "\"field\":\"items\"", "Строка 1");
    }

    @Test
    void aTeacherIsRefused() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String staff = api + "/schools/" + school() + "/staff";
        BrowserlessClient teacher = new BrowserlessClient();
        assertThat(EsiaSimulatorPage.signInAs(teacher, teacher.get(app + "/login"), EsiaSimulatorPage.TEACHER).uri().toString())
                .isEqualTo(app + "/");
        for (Page refused : new Page[] {teacher.get(staff + "/import-template?format=csv"), teacher.get(staff),
                teacher.sendFile(staff + "/import", "text/csv", StaffLists.csv(StaffLists.people(1))),
                teacher.get(api + "/subjects"),
                teacher.sendJson("POST", api + "/subjects", "{\"name\":\"Черчение\",\"shortName\":\"Черч.\"}")}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("\"title\":\"Нет доступа\"");
        }
    }

    private void downloadsTheCsvTemplate(String staff) {
        Page template = client.get(staff + "/import-template?format=csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(template.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"staff-template.csv\""));
        assertThat(template.body()).isEqualTo("\uFEFF" + StaffLists.HEADER + "\r\n");
    }

    /** The line with its SNILS's check number off by one. */
    private static String withWrongChecksum(String line) {
        String[] cells = line.split(";", -1);
        int checksum = Integer.parseInt(cells[4].substring(cells[4].length() - 2));
        cells[4] = cells[4].substring(0, cells[4].length() - 2) + String.format("%02d", (checksum + 1) % 100);
        return String.join(";", cells);
    }

    private long school() {
        String tag = RegionTestData.tag();
        Page created = client.sendJson("POST", api + "/schools", """
                {"fullName":"Школа настройки %s","shortName":"ШН %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.firstId();
    }


}
