package org.zhurnal.bench.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;
import org.zhurnal.people.domain.Snils;

/**
 * "1,000 students must import in seconds" (issue 3), end to end against the running test stack: signs in as the
 * region administrator (ESIA simulator → Keycloak → application), sets up a school with a year and eleven classes
 * over the API, generates a students list as schools keep it (.xlsx; {@code ZHURNAL_BENCH_IMPORT_STUDENTS}
 * students, default 1,000, each with one or two parents with phones), uploads it and follows the import job until
 * it is done; prints the time from the upload to «done» (and when the job started storing), then the same file
 * again (idempotent: nothing changes). Not a test (not matched by the IT pattern); run with
 * {@code ./mvnw verify -pl wildfly -am -Dskip.frontend -Dbench.skip=true -Dit.test=StudentImportBench -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false} (docs/benchmarks.md, «Импорт»).
 */
class StudentImportBench {

    private static final Pattern JOB_ID = Pattern.compile("\"jobId\":\"([0-9a-f-]{36})\"");
    private static final String[] HEADER = {"Класс", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "СНИЛС",
        "Представитель 1: кем приходится", "Представитель 1: фамилия", "Представитель 1: имя",
        "Представитель 1: отчество", "Представитель 1: СНИЛС", "Представитель 1: телефон",
        "Представитель 2: кем приходится", "Представитель 2: фамилия", "Представитель 2: имя",
        "Представитель 2: отчество", "Представитель 2: СНИЛС", "Представитель 2: телефон"};
    private static final String[] BOYS = {"Иван", "Артём", "Михаил", "Максим", "Лев", "Матвей", "Даниил", "Кирилл"};
    private static final String[] GIRLS = {"Анна", "София", "Мария", "Ева", "Виктория", "Полина", "Алиса", "Вера"};
    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов"};

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void aThousandStudentsWithParents() throws IOException {
        int students = Integer.parseInt(System.getenv().getOrDefault("ZHURNAL_BENCH_IMPORT_STUDENTS", "1000"));
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        long school = school();
        byte[] file = workbook(students, Long.parseLong(RegionTestData.tag()) % 9_000);
        String list = api + "/schools/" + school + "/students";

        Timing first = imported(list, file);
        assertThat(first.body()).contains("\"state\":\"done\"", "\"result\":{\"created\":" + students + ",\"enrolled\":"
                + students + ",\"unchanged\":0");
        Timing again = imported(list, file);
        assertThat(again.body()).contains("\"result\":{\"created\":0,\"enrolled\":0,\"unchanged\":" + students
                + ",\"representativesCreated\":0,\"representativesLinked\":0}");
        System.out.printf("%nStudent import (%d students with parents, %d KB .xlsx): upload → done %d ms (storing began "
                + "at %d ms); the same file again %d ms%n%n", students, file.length / 1024, first.millis(),
                first.applyingAt(), again.millis());
    }

    /** One upload followed to its end: the time to «done», when «applying» was first seen, the final answer. */
    private record Timing(long millis, long applyingAt, String body) {
    }

    private Timing imported(String list, byte[] file) {
        long started = System.nanoTime();
        Page accepted = client.sendFile(list + "/import", "application/octet-stream", file);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        Matcher id = JOB_ID.matcher(accepted.body());
        assertThat(id.find()).isTrue();
        long[] applyingAt = {-1};
        Page done = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> client.get(list + "/imports/" + id.group(1)), job -> {
                    if (applyingAt[0] < 0 && job.body().contains("\"state\":\"applying\"")) {
                        applyingAt[0] = (System.nanoTime() - started) / 1_000_000;
                    }
                    return job.body().contains("\"state\":\"done\"") || job.body().contains("\"state\":\"failed\"");
                });
        return new Timing((System.nanoTime() - started) / 1_000_000, applyingAt[0], done.body());
    }

    /** A school with the year 2026/2027 and classes 1А…11А. */
    private long school() {
        String tag = RegionTestData.tag();
        Page created = client.sendJson("POST", api + "/schools", """
                {"fullName":"Школа импорта %s","shortName":"ШИ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long school = created.firstId();
        Page year = client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}""");
        assertThat(year.status()).as(year.body()).isEqualTo(201);
        for (int grade = 1; grade <= 11; grade++) {
            Page made = client.sendJson("POST", api + "/schools/" + school + "/classes",
                    "{\"yearId\":" + year.firstId() + ",\"grade\":" + grade + ",\"letter\":\"А\"}");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
        }
        return school;
    }

    /** The list: students spread over 1А…11А, a mother each and a father for two in three, unique SNILS from {@code seed}. */
    static byte[] workbook(int students, long seed) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Обучающиеся");
            cells(sheet.createRow(0), List.of(HEADER));
            long number = 600_000_000L + seed * 10_000L;
            for (int i = 0; i < students; i++) {
                int grade = 1 + i % 11;
                boolean girl = i % 2 == 0;
                String surname = SURNAMES[i % SURNAMES.length];
                String father = BOYS[(i / 3) % BOYS.length];
                String patronymic = father + (father.endsWith("й") ? (girl ? "евна" : "евич") : (girl ? "овна" : "ович"));
                String childSurname = girl ? surname + "а" : surname;
                String birth = String.format("%02d.%02d.%d", 1 + i % 28, 1 + i % 12, 2019 - grade);
                List<String> row = new java.util.ArrayList<>(List.of(grade + "А", childSurname,
                        girl ? GIRLS[i % GIRLS.length] : BOYS[i % BOYS.length], patronymic, birth, girl ? "Ж" : "М",
                        snils(number++), "мать", surname + "а", GIRLS[(i / 5) % GIRLS.length], "Петровна",
                        snils(number++), String.format("+7 913 %03d-%02d-%02d", i % 1000, i % 100, (i / 7) % 100)));
                if (i % 3 != 2) {
                    row.addAll(List.of("отец", surname, father, "Сергеевич", snils(number++),
                            String.format("+7 923 %03d-%02d-%02d", i % 1000, (i / 3) % 100, i % 100)));
                }
                cells(sheet.createRow(i + 1), row);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static String snils(long nine) {
        String digits = String.format("%09d", nine);
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", Snils.checksum(digits));
    }
}
