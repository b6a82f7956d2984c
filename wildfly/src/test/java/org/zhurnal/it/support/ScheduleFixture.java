package org.zhurnal.it.support;

import java.util.List;
import org.zhurnal.it.support.BrowserlessClient.Page;

/**
 * A fresh school where the demo student (ESIA 1000005, Петрова Анна) is in 9А and moves to 9Б on Wednesday
 * 18.11.2026 (through the movements API). Her week 16–22.11: Monday's Russian in 9А taught by a substitute (Диктант,
 * homework, a 5/4 dictation), Tuesday's literature in 9А (Пушкин, «без задания», she was ill), Thursday's Russian in
 * 9А (after she left: not hers), Monday's mathematics in 9Б (before she came: not hers) and Thursday's mathematics in
 * 9Б (Дроби, homework, a 4 for an answer). Her account is bound to her card with SQL (invites are their own
 * feature); she signs in through the app, which records her ESIA id.
 */
public record ScheduleFixture(long school, String inn, long anna, long nineA, long nineB, long substituted,
                              long literature, long russianAfterMove, long mathBeforeMove, long fractions) {

    public static final String STUDENT_OID = "1000005";
    private static final String STUDENT_SUBJECT = "e51a0000-0000-4000-8000-000001000005";

    public static ScheduleFixture create() {
        String app = TestStack.settings().appUrl();
        String api = app + "/api/v1";
        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        String inn = RegionTestData.inn();
        long school = created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Лицей %s","shortName":"Лицей %s","inn":"%s"}""".formatted(tag, tag, inn)));
        long year = created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        long nineA = created(admin.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":9,\"letter\":\"А\"}"));
        long nineB = created(admin.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":9,\"letter\":\"Б\"}"));
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"Петрова","givenName":"Анна","patronymic":"Сергеевна","birthDate":"2011-04-12","sex":null,
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 5"}""".formatted(nineA));
        if (enrolled.status() != 201) {
            throw new AssertionError("enrolment failed: " + enrolled.body());
        }
        long anna = Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
        Page moved = admin.sendJson("POST", api + "/students/" + anna + "/movements",
                "{\"kind\":\"TRANSFER\",\"date\":\"2026-11-18\",\"toClassId\":" + nineB + ",\"orderRef\":\"№ 7\"}");
        if (moved.status() / 100 != 2) {
            throw new AssertionError("transfer failed: " + moved.status() + " " + moved.body());
        }

        StackDb db = StackDb.ofTestStack();
        ClassesTestData schoolData = new ClassesTestData(school, year);
        DiaryTestData data = DiaryTestData.create(db, schoolData);
        long teacher = schoolData.teacher(db, "Орлова", "Нина", "Васильевна");
        long substitute = schoolData.teacher(db, "Белова", "Ольга", "Игоревна");
        long russian = data.subject("Русский язык");
        long math = data.subject("Математика");
        long substituted = data.lesson(nineA, null, russian, "2026-11-16", 1, teacher, substitute, "Диктант", "Упр. 112");
        long literature = data.lesson(nineA, null, russian, "2026-11-17", 2, teacher, null, "Пушкин", null);
        long russianAfterMove = data.lesson(nineA, null, russian, "2026-11-19", 1, teacher, null, "Причастие", null);
        long mathBeforeMove = data.lesson(nineB, null, math, "2026-11-16", 3, teacher, null, "Проценты", null);
        long fractions = data.lesson(nineB, null, math, "2026-11-19", 3, teacher, null, "Дроби", "№ 12, 14");
        data.mark(substituted, anna, 1, 5, 4, "DICTATION");
        data.attendance(literature, anna, "ILL");
        data.mark(fractions, anna, 1, 4, null, "ANSWER");
        bindStudentAccount(db, anna);

        EsiaSimulatorPage.signInThroughApp(new BrowserlessClient(), app, STUDENT_OID);
        return new ScheduleFixture(school, inn, anna, nineA, nineB, substituted, literature, russianAfterMove,
                mathBeforeMove, fractions);
    }

    private static void bindStudentAccount(StackDb db, long anna) {
        String issuer = TestStack.settings().keycloakUrl() + "/realms/zhurnal";
        List<String> bound = Db.column(db, "SELECT person_id FROM account_binding WHERE issuer = ? AND subject = ? "
                + "AND state IN ('PENDING', 'CONFIRMED')", issuer, STUDENT_SUBJECT);
        if (!bound.isEmpty()) {
            throw new AssertionError("the demo student's account is bound already (to " + bound + ")");
        }
        Db.update(db, "INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at, "
                + "decided_by_issuer, decided_by_subject) VALUES (?, ?, ?, 'CONFIRMED', now(), now(), 'it', 'it')",
                issuer, STUDENT_SUBJECT, anna);
    }

    private static long created(Page page) {
        if (page.status() != 201) {
            throw new AssertionError("expected 201, got " + page.status() + ": " + page.body());
        }
        return page.firstId();
    }
}
