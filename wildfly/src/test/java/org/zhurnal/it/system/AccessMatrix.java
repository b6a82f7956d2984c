package org.zhurnal.it.system;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhurnal.it.support.AccessMatrixFixture.Caller;

/**
 * The authorization matrix: every endpoint under {@code /api/v1} (as the deployed OpenAPI document lists them)
 * with the outcome each caller must get, run by {@link AuthorizationMatrixIT}. A new endpoint without a row here
 * fails that test.
 *
 * <p>Path parameters are the fixture's own objects: {@code schoolId} school A (where every bound caller works or
 * has a child), {@code classId} its 5А (the class teacher's class, taught by the teacher, the child's class),
 * {@code lessonId} a 5А lesson of the teacher, {@code studentPersonId}/{@code personId} the parent's child (the
 * student herself). Other ids name nothing ({@value #NONE}). Writes send {@code {}}: a caller who may write gets
 * past the access check and is refused by validation ({@code 400}) or by the missing object ({@code 404}); a
 * caller who may not gets {@code 403}, whatever the body.
 *
 * <p>Outcomes: {@code ok} any 2xx; {@code 400}, {@code 401}, {@code 403}, {@code 404}, {@code 409}, {@code 422} that
 * status. Columns, in
 * order: region administrator, journal administrator of A, subject teacher at A, class teacher of 5А, parent of
 * the child, the student, a confirmed account bound to nobody, anonymous.
 */
final class AccessMatrix {

    static final String NONE = "999999999";
    /** A staff or plan file with a header only, for the file imports. */
    static final String CSV = "Фамилия;Имя;Отчество\n";
    static final List<Caller> COLUMNS = List.of(Caller.REGION_ADMIN, Caller.JOURNAL_ADMIN, Caller.TEACHER,
            Caller.CLASS_TEACHER, Caller.PARENT, Caller.STUDENT, Caller.UNBOUND, Caller.ANONYMOUS);

    /** One endpoint: method, OpenAPI path template (after /api/v1), query string, body, one outcome per column. */
    record Row(String method, String template, String query, String body, List<String> outcomes) {

        String outcome(Caller caller) {
            return outcomes.get(COLUMNS.indexOf(caller));
        }

        String key() {
            return method + " " + template;
        }
    }

    private static Row get(String template, String query, String outcomes) {
        return row("GET", template, query, null, outcomes);
    }

    private static Row write(String method, String template, String outcomes) {
        return row(method, template, "", "{}", outcomes);
    }

    private static Row row(String method, String template, String query, String body, String outcomes) {
        List<String> parsed = Arrays.asList(outcomes.trim().split("\\s+"));
        if (parsed.size() != COLUMNS.size()) {
            throw new IllegalArgumentException(method + " " + template + ": " + parsed.size() + " outcomes");
        }
        return new Row(method, template, query, body, parsed);
    }

    //                                                                                   RA  JA  T   CT  P   S   U   anon
    static final List<Row> ROWS = List.of(
            get("/me", "",                                                              "ok  ok  ok  ok  ok  ok  ok  401"),

            // region: schools, municipalities, school administrators
            get("/schools", "q=",                                                       "ok  403 403 403 403 403 403 401"),
            write("POST", "/schools",                                                   "400 403 403 403 403 403 403 401"),
            get("/schools/{id}", "",                                                    "ok  ok  403 403 403 403 403 401"),
            write("PUT", "/schools/{id}",                                               "400 403 403 403 403 403 403 401"),
            get("/municipalities", "",                                                  "ok  403 403 403 403 403 403 401"),
            write("POST", "/municipalities",                                            "400 403 403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/administrators",                         "400 403 403 403 403 403 403 401"),
            write("DELETE", "/schools/{schoolId}/administrators/{personId}",            "404 403 403 403 403 403 403 401"),

            // school set-up
            get("/schools/{schoolId}/staff", "",                                        "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/staff",                                  "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/staff/import-template", "format=csv",              "ok  ok  403 403 403 403 403 401"),
            // imports run as jobs: the upload is accepted (202) and the job fails on the rows; {jobId} names no job
            row("POST", "/schools/{schoolId}/staff/import", "", CSV,                    "ok  ok  403 403 403 403 403 401"),
            get("/schools/{schoolId}/staff/imports/{jobId}", "",                        "404 404 403 403 403 403 403 401"),
            get("/schools/{schoolId}/years", "",                                        "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/years",                                  "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/years/{yearId}", "",                               "ok  ok  403 403 403 403 403 401"),
            get("/schools/{schoolId}/bell-schedules", "",                               "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/bell-schedules",                         "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/classes", "",                                      "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/classes",                                "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/streams", "yearId={yearId}",                       "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/streams",                                "400 400 403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/students",                               "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/students", "q=a&size=5",                            "ok  ok  403 403 403 403 403 401"),
            get("/schools/{schoolId}/representatives", "",                              "ok  ok  403 403 403 403 403 401"),
            get("/schools/{schoolId}/people", "q=a&size=5",                              "ok  ok  403 403 403 403 403 401"),
            write("POST", "/students/{personId}/movements",                             "400 400 403 403 403 403 403 401"),
            get("/classes/{classId}", "",                                               "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/classes/{classId}/groups",                                  "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/curriculum", "yearId={yearId}",                    "ok  ok  403 403 403 403 403 401"),
            write("PUT", "/schools/{schoolId}/curriculum",                              "400 400 403 403 403 403 403 401"),
            get("/subjects", "schoolId={schoolId}",                                     "ok  ok  403 403 403 403 403 401"),
            row("POST", "/subjects", "", "{\"schoolId\":{schoolId}}",                  "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/teaching-assignments", "",                         "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/teaching-assignments",                   "400 400 403 403 403 403 403 401"),
            // {assignmentId}: a spare assignment of 5Б; the region administrator ends it, so it is ended already (409)
            // when the journal administrator tries.
            write("POST", "/teaching-assignments/{assignmentId}/end",                   "ok  409 403 403 403 403 403 401"),
            get("/schools/{schoolId}/buildings", "",                                    "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/buildings",                              "400 400 403 403 403 403 403 401"),
            write("PUT", "/schools/{schoolId}/buildings/{buildingId}",                  "404 404 403 403 403 403 403 401"),
            get("/schools/{schoolId}/rooms", "",                                        "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/rooms",                                  "400 400 403 403 403 403 403 401"),
            write("PUT", "/schools/{schoolId}/rooms/{roomId}",                          "404 404 403 403 403 403 403 401"),

            // thematic plans, timetable, substitutions
            get("/schools/{schoolId}/plans", "yearId={yearId}",                         "ok  ok  ok  ok  403 403 403 401"),
            get("/schools/{schoolId}/plans/subjects", "",                               "ok  ok  ok  ok  403 403 403 401"),
            write("POST", "/schools/{schoolId}/plans",                                  "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/plans/{planId}", "",                               "404 404 404 404 403 403 403 401"),
            write("PUT", "/schools/{schoolId}/plans/{planId}/topics",                   "404 404 404 404 403 403 403 401"),
            row("POST", "/schools/{schoolId}/plans/{planId}/import", "", CSV,           "404 404 404 404 403 403 403 401"),
            get("/schools/{schoolId}/plans/for-lesson/{lessonId}", "",                  "ok  ok  ok  ok  403 403 403 401"),
            get("/schools/{schoolId}/timetable", "classId={classId}&date=2026-11-16",   "ok  ok  ok  ok  403 403 403 401"),
            get("/schools/{schoolId}/timetable/classes", "date=2026-11-16",             "ok  ok  ok  ok  403 403 403 401"),
            get("/schools/{schoolId}/timetable/options", "classId={classId}",           "ok  ok  ok  ok  403 403 403 401"),
            write("POST", "/schools/{schoolId}/timetable/entries",                      "400 400 403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/timetable/entries/{entryId}/end",        "404 404 403 403 403 403 403 401"),
            write("DELETE", "/schools/{schoolId}/timetable/entries/{entryId}",          "404 404 403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/timetable/lessons/generate",             "400 400 403 403 403 403 403 401"),
            get("/schools/{schoolId}/timetable/substitutions", "date=2026-11-16",       "ok  ok  ok  ok  403 403 403 401"),
            get("/schools/{schoolId}/timetable/lessons", "classId={classId}&date=2026-11-16",
                                                                                        "ok  ok  ok  ok  403 403 403 401"),
            write("POST", "/schools/{schoolId}/timetable/lessons/{lessonId}/{kind}",    "400 400 403 403 403 403 403 401"),

            // the journal
            get("/journal/grid", "classId={classId}&subjectId={subjectId}&periodId={periodId}",
                                                                                        "ok  ok  ok  ok  403 403 403 401"),
            get("/journal/my-lessons", "date=2026-11-16",                               "403 ok  ok  ok  ok  ok  403 401"),
            get("/journal/change-requests", "schoolId={schoolId}",                      "ok  ok  403 403 403 403 403 401"),
            write("POST", "/journal/change-requests/{requestId}/approve",               "404 404 404 404 404 404 404 401"),
            write("POST", "/journal/change-requests/{requestId}/refuse",                "404 404 404 404 404 404 404 401"),
            get("/journal/final-marks", "classId={classId}&subjectId={subjectId}",      "ok  ok  ok  ok  403 403 403 401"),
            write("PUT", "/journal/final-marks",                                        "400 400 400 400 400 400 400 401"),
            get("/lessons/{lessonId}", "",                                              "ok  ok  ok  ok  403 403 403 401"),
            write("PUT", "/lessons/{lessonId}/journal",                                 "400 400 400 403 403 403 403 401"),
            get("/lessons/{lessonId}/history", "",                                      "ok  ok  ok  ok  403 403 403 401"),
            write("POST", "/lessons/{lessonId}/change-requests",                        "400 400 400 403 403 403 403 401"),
            row("POST", "/lessons/{lessonId}/homework-files", "name=task.txt", "задание",
                                                                                        "ok  ok  ok  403 403 403 403 401"),
            get("/lessons/{lessonId}/homework-files/{fileId}", "",                      "404 404 404 404 403 403 403 401"),
            write("DELETE", "/lessons/{lessonId}/homework-files/{fileId}",              "404 404 404 403 403 403 403 401"),

            // the diary and the class teacher's follow-up
            get("/diary/children", "",                                                  "ok  ok  ok  ok  ok  ok  ok  401"),
            get("/diary/{studentPersonId}/week", "date=2026-11-16",                     "403 403 403 ok  ok  ok  403 401"),
            get("/diary/{studentPersonId}/marks", "periodId={periodId}",                "403 403 403 ok  ok  ok  403 401"),
            get("/diary/{studentPersonId}/homework", "from=2026-11-16&to=2026-11-20",   "403 403 403 ok  ok  ok  403 401"),
            get("/diary/{studentPersonId}/attendance", "periodId={periodId}",           "403 403 403 ok  ok  ok  403 401"),
            get("/diary/{studentPersonId}/absence-reports", "",                         "403 403 403 ok  ok  ok  403 401"),
            write("POST", "/diary/{studentPersonId}/absence-reports",                   "403 403 403 403 400 403 403 401"),
            get("/class-teacher/absences", "date=2026-11-16",                           "403 ok  ok  ok  ok  ok  403 401"),
            write("POST", "/class-teacher/absence-reports/{id}/decision",               "403 404 404 404 404 404 403 401"),

            // people: students' cards, representatives, contacts, consents
            get("/students/{personId}/card", "",                                        "ok  ok  403 ok  403 403 403 401"),
            get("/students/{personId}/representatives", "",                             "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/students/{personId}/representatives",                       "400 400 403 400 403 403 403 401"),
            write("POST", "/students/{personId}/representatives/{guardianshipId}/end",  "404 404 403 404 403 403 403 401"),
            write("PUT", "/people/{personId}/contacts",                                 "ok  ok  403 ok  403 403 403 401"),
            get("/people/{personId}/consents", "",                                      "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/people/{personId}/consents",                                "400 400 403 400 403 403 403 401"),
            write("POST", "/people/{personId}/consents/{consentId}/withdraw",           "404 404 403 404 403 403 403 401"),

            // accounts: bindings and invite codes
            get("/account-bindings", "state=PENDING",                                   "ok  ok  403 403 403 403 403 401"),
            write("POST", "/account-bindings/{id}/confirm",                             "404 404 403 403 403 403 403 401"),
            write("POST", "/account-bindings/{id}/reject",                              "404 404 403 403 403 403 403 401"),
            get("/classes/{classId}/invitations", "",                                   "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/classes/{classId}/invitations",                             "400 400 403 400 403 403 403 401"),
            write("POST", "/classes/{classId}/invitations/letters",                     "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/classes/{classId}/invitations/letters/{studentPersonId}",   "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/invitations/redeem",                                        "400 400 400 400 400 400 400 401"),
            get("/guardian-links", "state=PENDING",                                     "ok  ok  ok  ok  403 403 403 401"),
            write("POST", "/guardian-links/{id}/confirm",                               "404 404 404 404 404 404 404 401"),
            write("POST", "/guardian-links/{id}/reject",                                "404 404 404 404 404 404 404 401"),

            // exchanges with regional systems
            get("/exchanges", "",                                                       "ok  403 403 403 403 403 403 401"),
            get("/exchanges/{id}/errors", "",                                           "ok  403 403 403 403 403 403 401"),
            get("/exchanges/dead-letters", "",                                          "ok  403 403 403 403 403 403 401"),
            write("POST", "/exchanges/dead-letters/retry",                              "400 403 403 403 403 403 403 401"),
            write("POST", "/exchanges/dead-letters/discard",                            "400 403 403 403 403 403 403 401"),
            get("/exchanges/routes", "",                                                "ok  403 403 403 403 403 403 401"),
            write("POST", "/exchanges/routes/{routeId}/pause",                          "404 403 403 403 403 403 403 401"),
            write("POST", "/exchanges/routes/{routeId}/resume",                         "404 403 403 403 403 403 403 401"),
            get("/analytics-exports", "",                                               "ok  403 403 403 403 403 403 401"),
            get("/analytics-exports/{name}", "",                                        "404 403 403 403 403 403 403 401"),
            write("POST", "/analytics-exports/runs",                                    "400 403 403 403 403 403 403 401"),

            // master data editing, student import
            write("PUT", "/subjects/{id}",                                              "404 404 404 404 404 404 404 401"),
            get("/people/{personId}/name", "",                                          "ok  ok  403 ok  403 403 403 401"),
            write("POST", "/people/{personId}/name/corrections",                        "400 400 403 400 403 403 403 401"),
            get("/schools/{schoolId}/students/import-template", "format=csv",           "ok  ok  403 403 403 403 403 401"),
            row("POST", "/schools/{schoolId}/students/import", "yearId={yearId}", CSV,  "ok  ok  403 403 403 403 403 401"),
            get("/schools/{schoolId}/students/imports/{jobId}", "",                     "404 404 403 403 403 403 403 401"),
            row("POST", "/schools/{schoolId}/students/import/preview", "yearId={yearId}", CSV,
                                                                                        "422 422 403 403 403 403 403 401"),

            // the year's end and students' movements
            get("/schools/{schoolId}/years/{yearId}/end", "",                           "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/years/{yearId}/end/close",               "409 409 403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/years/{yearId}/end/rollover-preview",    "ok  ok  403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/years/{yearId}/end/rollover",            "409 409 403 403 403 403 403 401"),
            write("POST", "/schools/{schoolId}/years/{yearId}/end/curriculum-confirmation",
                                                                                        "409 409 403 403 403 403 403 401"),
            write("PUT", "/schools/{schoolId}/years/{yearId}/end/decisions/{personId}", "ok  ok  403 403 403 403 403 401"),
            get("/students/{personId}/movement-history", "",                            "ok  ok  403 ok  403 403 403 401"),

            // journal settings, a student's final marks
            // reports
            write("POST", "/region/final-marks/{periodKind}/{number}/proposals",      "400 403 403 403 403 403 403 401"),
            get("/region/final-marks/{periodKind}/{number}/proposals", "",             "400 403 403 403 403 403 403 401"),
            get("/region/dashboard", "",                                               "ok  403 403 403 403 403 403 401"),
            get("/schools/{schoolId}/reports/progress", "period=1",                    "ok  ok  403 403 403 403 403 401"),
            get("/schools/{schoolId}/reports/progress/csv", "period=1",                "ok  ok  403 403 403 403 403 401"),
            get("/journal/settings/{schoolId}", "",                                     "ok  ok  403 403 403 403 403 401"),
            write("PUT", "/journal/settings/{schoolId}",                                "400 400 403 403 403 403 403 401"),
            get("/journal/final-marks/students/{studentId}", "",                        "403 403 403 403 403 403 403 401"),

            // «Моя школа» pulls: only a Keycloak bearer token of the platform's client counts, never a session
            get("/myschool/Schedule/{esiaId}", "start=2026-11-16&end=2026-11-22",       "401 401 401 401 401 401 401 401"),
            get("/schools/{schoolId}/esia-id-conflicts", "",                               "ok  ok  403 403 403 403 403 401"));

    /** Values of the path and query placeholders that are not the fixture's objects. */
    static final Map<String, String> OTHER_IDS = Map.of("kind", "cancel", "routeId", "no-such-route");

    private AccessMatrix() {
    }
}
