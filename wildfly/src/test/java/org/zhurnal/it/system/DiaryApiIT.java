package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StackDb;
import org.zhurnal.it.support.TestStack;

/**
 * The diary over HTTP: the demo parent (ESIA 1000004, Петров Сергей Николаевич) signs in through Keycloak and
 * the ESIA simulator and reads his daughter's week; another student's diary and other people's requests are
 * refused. The school and the student come through the API; the guardianship, the account binding, lessons
 * and marks are written with SQL (their own features are built in parallel).
 */
class DiaryApiIT {

    private static final String PARENT_OID = "1000004";
    private static final String PARENT_SUBJECT = "e51a0000-0000-4000-8000-000001000004";

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final StackDb db = StackDb.ofTestStack();

    @Test
    void aParentReadsTheWeekOfTheirChildAndNobodyElses() {
        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
        long year = created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        long nineA = created(admin.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":9,\"letter\":\"А\"}"));
        long anna = enrol(admin, school, nineA, "Петрова", "Анна", "Сергеевна");
        long stranger = enrol(admin, school, nineA, "Сидоров", "Павел", "Ильич");

        ClassesTestData schoolData = new ClassesTestData(school, year);
        DiaryTestData data = DiaryTestData.create(db, schoolData);
        long teacher = schoolData.teacher(db, "Орлова", "Нина", "Васильевна");
        long russian = data.subject("Русский язык");
        long dictation = data.lesson(nineA, null, russian, "2026-11-16", 1, teacher, null, "Диктант", "Упр. 112");
        long literature = data.lesson(nineA, null, russian, "2026-11-17", 2, teacher, null, "Пушкин", null);
        data.mark(dictation, anna, 1, 5, 4, "DICTATION");
        data.attendance(literature, anna, "ILL");
        data.guardianship(parentCard(data), anna, null);

        BrowserlessClient parent = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(parent, app, PARENT_OID);
        Page children = parent.get(api + "/diary/children");
        assertThat(children.status()).as(children.body()).isEqualTo(200);
        assertThat(children.body()).contains("\"personId\":" + anna + ",\"displayName\":\"Петрова Анна Сергеевна\"",
                "\"relation\":\"GUARDIAN\"", "\"className\":\"9А\"", "\"school\":\"СШ " + tag + "\"");

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

    /** The parent account's person card: its confirmed binding, or a new card bound to it here. */
    private long parentCard(DiaryTestData data) {
        String issuer = TestStack.settings().keycloakUrl() + "/realms/zhurnal";
        List<String> bound = Db.column(db, "SELECT person_id FROM account_binding WHERE issuer = ? AND subject = ? "
                + "AND state = 'CONFIRMED'", issuer, PARENT_SUBJECT);
        if (!bound.isEmpty()) {
            return Long.parseLong(bound.get(0));
        }
        long card = data.person("Петров", "Сергей", "Николаевич");
        Db.update(db, "INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at, "
                + "decided_by_issuer, decided_by_subject) VALUES (?, ?, ?, 'CONFIRMED', now(), now(), 'it', 'it')",
                issuer, PARENT_SUBJECT, card);
        return card;
    }

    private long enrol(BrowserlessClient admin, long school, long classId, String surname, String given, String patronymic) {
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"%s","givenName":"%s","patronymic":"%s","birthDate":"2011-04-12","sex":"FEMALE",
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 5"}"""
                .formatted(surname, given, patronymic, classId));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page.firstId();
    }
}
