package org.zhurnal.it.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.it.support.BrowserlessClient.Page;

/**
 * The world the authorization matrix runs against: school A (year, classes 5А and 5Б, a subject, a lesson of 5А
 * with a teaching assignment, and a spare assignment of 5Б for the matrix to end) and school B (year, class 5А, a student). The matrix's own ESIA accounts (simulator persons 1000021–1000026,
 * used by no other test) are bound to cards of school A with SQL: a journal administrator, a subject teacher
 * teaching 5А, the class teacher of 5А, a parent of {@code child} (in 5А), and {@code child} herself; 1000026
 * signs in for the first time and stays unbound. {@code classmate} (5А) belongs to another family.
 * Schools, years, classes and students come through the API as the region administrator.
 */
public record AccessMatrixFixture(Map<Caller, BrowserlessClient> clients, long schoolA, long yearA, long periodA,
                                  long classA, long classA2, long subject, long spareAssignment, long lesson, long child, long classmate,
                                  long schoolB, long classB, long studentB, long teacherCard, long classTeacherCard) {

    /** Who calls: the matrix's columns. */
    public enum Caller {
        REGION_ADMIN("1000001"), JOURNAL_ADMIN("1000021"), TEACHER("1000022"), CLASS_TEACHER("1000023"),
        PARENT("1000024"), STUDENT("1000025"), UNBOUND("1000026"), ANONYMOUS(null);

        public final String oid;

        Caller(String oid) {
            this.oid = oid;
        }
    }

    public static AccessMatrixFixture create() {
        String app = TestStack.settings().appUrl();
        String api = app + "/api/v1";
        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, app, Caller.REGION_ADMIN.oid);
        StackDb db = StackDb.ofTestStack();

        long schoolA = school(admin, api);
        long yearA = year(admin, api, schoolA);
        long classA = created(admin.sendJson("POST", api + "/schools/" + schoolA + "/classes",
                "{\"yearId\":" + yearA + ",\"grade\":5,\"letter\":\"А\"}"));
        long classA2 = created(admin.sendJson("POST", api + "/schools/" + schoolA + "/classes",
                "{\"yearId\":" + yearA + ",\"grade\":5,\"letter\":\"Б\"}"));
        long child = enrol(admin, api, schoolA, classA, "Никитина", "Полина", "Денисовна");
        long classmate = enrol(admin, api, schoolA, classA, "Сидоров", "Павел", "Ильич");
        long schoolB = school(admin, api);
        long yearB = year(admin, api, schoolB);
        long classB = created(admin.sendJson("POST", api + "/schools/" + schoolB + "/classes",
                "{\"yearId\":" + yearB + ",\"grade\":5,\"letter\":\"А\"}"));
        long studentB = enrol(admin, api, schoolB, classB, "Орлов", "Кирилл", "Антонович");

        ClassesTestData a = new ClassesTestData(schoolA, yearA);
        DiaryTestData diary = DiaryTestData.create(db, a);
        long journalAdminCard = diary.person("Захарова", "Елена", "Викторовна");
        Db.update(db, "INSERT INTO staff_position (school_id, person_id, position, valid_from) "
                + "VALUES (?, ?, 'JOURNAL_ADMIN', DATE '2025-09-01')", schoolA, journalAdminCard);
        long teacherCard = a.teacher(db, "Белов", "Игорь", "Олегович");
        long classTeacherCard = a.teacher(db, "Комарова", "Ольга", "Андреевна");
        Db.update(db, "UPDATE school_class SET class_teacher_person_id = ? WHERE id = ?", classTeacherCard, classA);
        long subject = diary.subject("Математика " + RegionTestData.tag());
        Db.update(db, "INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, teacher_person_id, "
                + "school_class_id, valid_from) VALUES (?, ?, ?, ?, ?, DATE '2026-09-01')",
                schoolA, yearA, subject, teacherCard, classA);
        long spareAssignment = Long.parseLong(Db.column(db, "INSERT INTO teaching_assignment (school_id, "
                + "academic_year_id, subject_id, teacher_person_id, school_class_id, valid_from) VALUES (?, ?, ?, ?, ?, "
                + "DATE '2026-09-01') RETURNING id", schoolA, yearA, subject, teacherCard, classA2).get(0));
        long lesson = diary.lesson(classA, null, subject, "2026-11-16", 1, teacherCard, null, "Дроби", "№ 12");
        long parentCard = diary.person("Никитин", "Денис", "Юрьевич");
        diary.guardianship(parentCard, child, null);
        long otherParent = diary.person("Сидорова", "Анна", "Петровна");
        diary.guardianship(otherParent, classmate, null);
        long periodA = Long.parseLong(Db.column(db, "SELECT id FROM reporting_period WHERE academic_year_id = ? "
                + "ORDER BY starts_on LIMIT 1", yearA).get(0));

        bind(db, Caller.JOURNAL_ADMIN, journalAdminCard);
        bind(db, Caller.TEACHER, teacherCard);
        bind(db, Caller.CLASS_TEACHER, classTeacherCard);
        bind(db, Caller.PARENT, parentCard);
        bind(db, Caller.STUDENT, child);

        Map<Caller, BrowserlessClient> clients = new EnumMap<>(Caller.class);
        clients.put(Caller.REGION_ADMIN, admin);
        for (Caller caller : List.of(Caller.JOURNAL_ADMIN, Caller.TEACHER, Caller.CLASS_TEACHER, Caller.PARENT,
                Caller.STUDENT, Caller.UNBOUND)) {
            BrowserlessClient client = new BrowserlessClient();
            EsiaSimulatorPage.signInThroughApp(client, app, caller.oid);
            clients.put(caller, client);
        }
        clients.put(Caller.ANONYMOUS, new BrowserlessClient());
        return new AccessMatrixFixture(clients, schoolA, yearA, periodA, classA, classA2, subject, spareAssignment, lesson, child,
                classmate, schoolB, classB, studentB, teacherCard, classTeacherCard);
    }

    public BrowserlessClient client(Caller caller) {
        return clients.get(caller);
    }

    /** The Keycloak subject of a realm-imported demo account (fixed in the realm file). */
    public static String subjectOf(Caller caller) {
        return "e51a0000-0000-4000-8000-00000" + caller.oid;
    }

    /**
     * A confirmed binding of the caller's account to the card, before it signs in (the bound card is read once per
     * session). The matrix accounts belong to this fixture only, so an earlier binding is simply moved.
     */
    private static void bind(StackDb db, Caller caller, long card) {
        String issuer = TestStack.settings().keycloakUrl() + "/realms/zhurnal";
        int moved = Db.update(db, "UPDATE account_binding SET person_id = ? WHERE issuer = ? AND subject = ? "
                + "AND state = 'CONFIRMED'", card, issuer, subjectOf(caller));
        if (moved == 0) {
            Db.update(db, "INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at, "
                    + "decided_by_issuer, decided_by_subject) VALUES (?, ?, ?, 'CONFIRMED', now(), now(), 'it', 'it')",
                    issuer, subjectOf(caller), card);
        }
    }

    private static long school(BrowserlessClient admin, String api) {
        String tag = RegionTestData.tag();
        return created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
    }

    private static long year(BrowserlessClient admin, String api, long school) {
        return created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
    }

    private static long enrol(BrowserlessClient admin, String api, long school, long classId, String surname,
                              String given, String patronymic) {
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"%s","givenName":"%s","patronymic":"%s","birthDate":"2013-03-17","sex":null,
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 7"}"""
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
