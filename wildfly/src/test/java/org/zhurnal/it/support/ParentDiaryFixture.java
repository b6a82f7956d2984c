package org.zhurnal.it.support;

import java.util.List;
import org.zhurnal.it.support.BrowserlessClient.Page;

/**
 * A fresh school whose 9А has Петрова Анна Сергеевна, the daughter of the demo parent (ESIA 1000004, Петров Сергей
 * Николаевич), and a classmate; a Russian lesson on Monday 16.11.2026 (Диктант, homework, a mark 5/4) and one on
 * Tuesday 17.11 (Пушкин, «без задания», Анна ill). The school and the students come through the API as the region
 * administrator; the parent's account binding (reused when there is one), the guardianship, lessons, marks and
 * attendance are written with SQL into the test stack's database.
 */
public record ParentDiaryFixture(long school, String schoolName, long anna, long classmate) {

    public static final String PARENT_OID = "1000004";
    private static final String PARENT_SUBJECT = "e51a0000-0000-4000-8000-000001000004";

    public static ParentDiaryFixture create() {
        String app = TestStack.settings().appUrl();
        String api = app + "/api/v1";
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
        long anna = enrol(admin, api, school, nineA, "Петрова", "Анна", "Сергеевна");
        long classmate = enrol(admin, api, school, nineA, "Сидоров", "Павел", "Ильич");

        StackDb db = StackDb.ofTestStack();
        ClassesTestData schoolData = new ClassesTestData(school, year);
        DiaryTestData data = DiaryTestData.create(db, schoolData);
        long teacher = schoolData.teacher(db, "Орлова", "Нина", "Васильевна");
        long russian = data.subject("Русский язык");
        long dictation = data.lesson(nineA, null, russian, "2026-11-16", 1, teacher, null, "Диктант", "Упр. 112");
        long literature = data.lesson(nineA, null, russian, "2026-11-17", 2, teacher, null, "Пушкин", null);
        data.mark(dictation, anna, 1, 5, 4, "DICTATION");
        data.mark(dictation, classmate, 1, 2, null, "DICTATION");
        data.attendance(literature, anna, "ILL");
        data.guardianship(parentCard(db, data), anna, null);
        return new ParentDiaryFixture(school, "СШ " + tag, anna, classmate);
    }

    /** The parent account's person card: its confirmed binding, or a new card bound to it here. */
    private static long parentCard(StackDb db, DiaryTestData data) {
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

    private static long enrol(BrowserlessClient admin, String api, long school, long classId, String surname,
                              String given, String patronymic) {
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"%s","givenName":"%s","patronymic":"%s","birthDate":"2011-04-12","sex":null,
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 5"}"""
                .formatted(surname, given, patronymic, classId));
        if (enrolled.status() != 201) {
            throw new AssertionError("enrolment failed: " + enrolled.body());
        }
        return Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
    }

    private static long created(Page page) {
        if (page.status() != 201) {
            throw new AssertionError("expected 201, got " + page.status() + ": " + page.body());
        }
        return page.firstId();
    }
}
