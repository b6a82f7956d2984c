package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/**
 * The journal's API over HTTP (JSON in and out, problem JSON for refusals). The lesson is written with SQL
 * as the timetable writes lessons; everything else goes through the API as the region administrator.
 */
class JournalApiIT {

    private static final Pattern PERSON_ID = Pattern.compile("\"personId\":(\\d+)");

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void theRegionAdministratorKeepsALessonsJournalThroughTheApi() throws SQLException {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = client.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа журнала %s","shortName":"СШЖ %s","inn":"%s"}"""
                .formatted(tag, tag, RegionTestData.inn())).firstId();
        long year = client.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}""")
                .firstId();
        long fiveA = client.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":5,\"letter\":\"А\"}").firstId();
        Page enrolled = client.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"Журавлёв","givenName":"Пётр","patronymic":"Ильич","birthDate":"2015-03-14","sex":"MALE",
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 5"}""".formatted(fiveA));
        Matcher matcher = PERSON_ID.matcher(enrolled.body());
        assertThat(matcher.find()).as(enrolled.body()).isTrue();
        long student = Long.parseLong(matcher.group(1));
        long lesson;
        long answer;
        try (Connection db = database()) {
            long subject = single(db, "INSERT INTO subject (region_id, school_id, name, short_name) SELECT region_id, id, "
                    + "'Русский язык', 'Рус.' FROM school WHERE id = ? RETURNING id", school);
            long teacher = single(db, "INSERT INTO person (surname, given_name, patronymic) VALUES ('Словова', 'Нина', "
                    + "'Олеговна') RETURNING id");
            lesson = single(db, "INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, subject_id, "
                    + "lesson_date, slot_number, starts_at, ends_at, teacher_person_id) SELECT 2026, s.id, ?, ?, ?, "
                    + "CAST(now() AT TIME ZONE r.time_zone AS date), 2, TIME '09:25', TIME '10:10', ? FROM school s "
                    + "JOIN region r ON r.id = s.region_id WHERE s.id = ? RETURNING id", year, fiveA, subject, teacher, school);
            answer = single(db, "SELECT id FROM work_kind WHERE code = 'ANSWER' AND region_id IS NULL");
        }

        Page page = client.get(api + "/lessons/" + lesson);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("\"startsAt\":\"09:25\"", "\"className\":\"5А\"", "\"subjectName\":\"Русский язык\"", "\"version\":0",
                "\"name\":\"Журавлёв Пётр Ильич\"", "\"studentId\":" + student, "\"canWrite\":true", "\"code\":\"ESSAY\"");

        String save = """
                {"version":%d,"description":{"topic":"Безударные гласные","planTopicId":null,"homework":null,"noHomework":true},
                 "students":[{"studentId":%d,"attendance":null,"marks":[{"position":1,"value":5,"value2":4,"workKindId":%d,
                 "comment":"диктант"}]}]}""";
        Page saved = client.sendJson("PUT", api + "/lessons/" + lesson + "/journal", save.formatted(0, student, answer));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"lessonId\":" + lesson, "\"version\":1", "\"marksChanged\":1",
                "\"attendanceChanged\":0");

        Page stale = client.sendJson("PUT", api + "/lessons/" + lesson + "/journal", save.formatted(0, student, answer));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("\"field\":\"version\"", "Обновите страницу");
        Page badMark = client.sendJson("PUT", api + "/lessons/" + lesson + "/journal", """
                {"version":1,"students":[{"studentId":%d,"marks":[{"position":1,"value":6,"workKindId":%d}]}]}"""
                .formatted(student, answer));
        assertThat(badMark.status()).isEqualTo(400);
        assertThat(badMark.body()).contains("\"field\":\"marks\"", "2, 3, 4 или 5");

        Page history = client.get(api + "/lessons/" + lesson + "/history?studentId=" + student);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("\"cell\":\"MARK\"", "\"action\":\"SET\"", "\"newValue\":\"5/4\"");

        Page grid = client.get(api + "/journal/grid?classId=" + fiveA + "&subjectId=" + single(lesson));
        assertThat(grid.status()).as(grid.body()).isEqualTo(200);
        assertThat(grid.body()).contains("\"className\":\"5А\"", "\"version\":1", "\"lessonId\":" + lesson,
                "\"markCount\":2", "\"notAttested\":true", "\"value2\":4", "\"startsOn\":\"2026-09-01\"");
        Page requests = client.get(api + "/journal/change-requests?schoolId=" + school + "&state=PENDING");
        assertThat(requests.status()).as(requests.body()).isEqualTo(200);
        assertThat(requests.body()).isEqualTo("[]");
        Page attendanceToday = client.sendJson("POST", api + "/lessons/" + lesson + "/change-requests", """
                {"studentId":%d,"position":0,"cell":"ATTENDANCE","attendance":"ILL","reason":"Справка"}""".formatted(student));
        assertThat(attendanceToday.status()).as(attendanceToday.body()).isEqualTo(400);
        assertThat(attendanceToday.body()).contains("\"field\":\"attendance\"", "в журнале сами");

        Page settings = client.get(api + "/journal/settings/" + school);
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.body()).contains("\"grade1NoMarks\":true", "\"doubleMarksAllowed\":true", "\"code\":\"ESSAY\"");
        Page incomplete = client.sendJson("PUT", api + "/journal/settings/" + school, """
                {"grade1NoMarks":true,"grade2FirstPeriodNoMarks":false}""");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"field\":\"doubleMarksAllowed\"");
        Page changed = client.sendJson("PUT", api + "/journal/settings/" + school, """
                {"grade1NoMarks":true,"grade2FirstPeriodNoMarks":false,"doubleMarksAllowed":false}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(client.get(api + "/journal/settings/" + school).body())
                .contains("\"grade2FirstPeriodNoMarks\":false", "\"doubleMarksAllowed\":false");
        Page noDouble = client.sendJson("PUT", api + "/lessons/" + lesson + "/journal", save.formatted(1, student, answer)
                .replace("\"value\":5,\"value2\":4", "\"value\":4,\"value2\":3"));
        assertThat(noDouble.status()).as(noDouble.body()).isEqualTo(400);
        assertThat(noDouble.body()).contains("\"field\":\"marks\"", "двойные отметки");

        assertThat(client.get(api + "/journal/grid?classId=x&subjectId=1").body()).contains("\"field\":\"classId\"");
        assertThat(client.get(api + "/journal/my-lessons").status()).as("an account without a person card").isEqualTo(403);
    }

    private long single(long lesson) throws SQLException {
        try (Connection db = database()) {
            return single(db, "SELECT subject_id FROM lesson WHERE id = ?", lesson);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestStack.settings().postgresPort()
                + "/zhurnal?user=postgres");
    }

    private static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
