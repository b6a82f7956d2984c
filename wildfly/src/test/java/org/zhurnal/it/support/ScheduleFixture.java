package org.zhurnal.it.support;

import java.util.List;
import org.zhurnal.it.support.BrowserlessClient.Page;

/**
 * The demo student (ESIA 1000005, Петрова Анна; her account is bound to her demo card by the demo data) spends
 * 16–19.11.2026 in a fresh school: in its 9А from Monday, moved to 9Б on Wednesday 18.11, gone on Friday 20.11 (enrolment
 * events written with SQL, so her demo class is untouched for other tests). Her lessons there: Monday's Russian in 9А
 * taught by a substitute (Диктант, homework, a 5/4 dictation), Tuesday's literature in 9А (Пушкин, «без задания», she
 * was ill), Thursday's Russian in 9А (after she left: not hers), Monday's mathematics in 9Б (before she came: not
 * hers) and Thursday's mathematics in 9Б (Дроби, homework, a 4 for an answer). She signs in through the app, which
 * records her ESIA id.
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
        StackDb db = StackDb.ofTestStack();
        long anna = demoStudentCard(db);
        Db.update(db, "INSERT INTO student (person_id, school_id) VALUES (?, ?)", anna, school);
        enrolmentEvent(db, anna, "ARRIVE", nineA, "2026-11-16");
        enrolmentEvent(db, anna, "TRANSFER", nineA, "2026-11-18");
        enrolmentEvent(db, anna, "ARRIVE", nineB, "2026-11-18");
        enrolmentEvent(db, anna, "LEAVE", nineB, "2026-11-20");
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

        EsiaSimulatorPage.signInThroughApp(new BrowserlessClient(), app, STUDENT_OID);
        return new ScheduleFixture(school, inn, anna, nineA, nineB, substituted, literature, russianAfterMove,
                mathBeforeMove, fractions);
    }

    /** The demo student's card: the one her account is bound to by the demo data. */
    private static long demoStudentCard(StackDb db) {
        String issuer = TestStack.settings().keycloakUrl() + "/realms/zhurnal";
        List<String> bound = Db.column(db, "SELECT person_id FROM account_binding WHERE issuer = ? AND subject = ? "
                + "AND state = 'CONFIRMED'", issuer, STUDENT_SUBJECT);
        if (bound.isEmpty()) {
            throw new AssertionError("the demo student's account is not bound: demo data missing?");
        }
        return Long.parseLong(bound.get(0));
    }

    private static void enrolmentEvent(StackDb db, long person, String kind, long classId, String date) {
        Db.update(db, "INSERT INTO enrolment_event (person_id, kind, school_class_id, effective_on, order_ref, "
                + "recorded_at, recorded_by_issuer, recorded_by_subject) VALUES (?, ?, ?, ?::date, '№ 7', now(), 'it', 'it')",
                person, kind, classId, date);
    }

    private static long created(Page page) {
        if (page.status() != 201) {
            throw new AssertionError("expected 201, got " + page.status() + ": " + page.body());
        }
        return page.firstId();
    }
}
