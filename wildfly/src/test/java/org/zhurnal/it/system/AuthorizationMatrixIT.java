package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.AccessMatrixFixture;
import org.zhurnal.it.support.AccessMatrixFixture.Caller;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.TestStack;
import org.zhurnal.it.system.AccessMatrix.Row;

/**
 * Every endpoint of the API called by every kind of caller, each signed in for real (Keycloak + the ESIA
 * simulator), against {@link AccessMatrix}; then the object-level cases: a parent and another family's child, a
 * student and a classmate, staff and another school's or another class's objects.
 */
class AuthorizationMatrixIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private static AccessMatrixFixture world;
    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";

    @BeforeAll
    static void createWorld() {
        world = AccessMatrixFixture.create();
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheApiAndNothingElse() throws ParseException {
        Page document = new BrowserlessClient().get(app + "/openapi?format=JSON");
        assertThat(document.status()).isEqualTo(200);
        Set<String> deployed = new TreeSet<>();
        Map<String, Object> paths = JSONObjectUtils.getJSONObject(JSONObjectUtils.parse(document.body()), "paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (path.getKey().startsWith("/api/v1/") && path.getValue() instanceof Map<?, ?> operations) {
                for (Object method : operations.keySet()) {
                    if (METHODS.contains(method.toString())) {
                        deployed.add(method.toString().toUpperCase() + " " + path.getKey().substring("/api/v1".length()));
                    }
                }
            }
        }
        Set<String> inMatrix = AccessMatrix.ROWS.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(AccessMatrix.ROWS).as("one row per endpoint").hasSameSizeAs(inMatrix);
        Set<String> missing = new TreeSet<>(deployed);
        missing.removeAll(inMatrix);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(deployed);
        assertThat(missing).as("endpoints without a row in AccessMatrix (add one with the outcome of every caller)")
                .isEmpty();
        assertThat(stale).as("rows of AccessMatrix naming no deployed endpoint").isEmpty();
    }

    @Test
    void everyCallerGetsWhatTheMatrixSaysFromEveryEndpoint() {
        List<String> contradictions = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        for (Row row : AccessMatrix.ROWS) {
            actual.append(String.format("%-7s %-62s", row.method(), row.template()));
            for (Caller caller : AccessMatrix.COLUMNS) {
                Page answer = call(world.client(caller), row);
                String outcome = answer.status() / 100 == 2 ? "ok" : Integer.toString(answer.status());
                actual.append(String.format(" %-3s", outcome));
                if (!outcome.equals(row.outcome(caller))) {
                    contradictions.add("%s as %s: expected %s, got %d at %s — %s".formatted(row.key(), caller,
                            row.outcome(caller), answer.status(), answer.uri(), abbreviated(answer.body())));
                }
            }
            actual.append('\n');
        }
        assertThat(contradictions).as("responses contradicting the authorization matrix; the actual matrix:\n" + actual)
                .isEmpty();
    }

    @Test
    void aParentAndAStudentReachOnlyTheirOwnChild() {
        BrowserlessClient parent = world.client(Caller.PARENT);
        BrowserlessClient student = world.client(Caller.STUDENT);
        Page children = parent.get(api + "/diary/children");
        assertThat(children.body()).contains("\"personId\":" + world.child()).doesNotContain(
                "\"personId\":" + world.classmate());
        assertThat(parent.get(api + "/diary/" + world.child() + "/week?date=2026-11-16").body()).contains("Дроби");
        for (long other : List.of(world.classmate(), world.studentB())) {
            expectRefused("parent → another family's child " + other, parent.get(api + "/diary/" + other + "/week"));
            expectRefused("parent → another family's child's marks " + other,
                    parent.get(api + "/diary/" + other + "/marks?periodId=" + world.periodA()));
            expectRefused("parent → another family's child's card " + other,
                    parent.get(api + "/students/" + other + "/card"));
            expectRefused("parent → absence report for another family's child " + other,
                    parent.sendJson("POST", api + "/diary/" + other + "/absence-reports",
                            "{\"from\":\"2099-01-09\",\"to\":\"2099-01-10\",\"reason\":\"FAMILY\"}"));
            expectRefused("student → a classmate's diary " + other, student.get(api + "/diary/" + other + "/week"));
        }
    }

    @Test
    void staffReachOnlyTheirOwnSchoolAndClass() {
        BrowserlessClient teacher = world.client(Caller.TEACHER);
        BrowserlessClient classTeacher = world.client(Caller.CLASS_TEACHER);
        BrowserlessClient journalAdmin = world.client(Caller.JOURNAL_ADMIN);
        assertThat(classTeacher.get(api + "/classes/" + world.classA() + "/invitations").status()).isEqualTo(200);
        assertThat(classTeacher.get(api + "/diary/" + world.classmate() + "/week").status()).isEqualTo(200);
        assertThat(teacher.get(api + "/lessons/" + world.lesson()).status()).isEqualTo(200);
        for (BrowserlessClient staff : List.of(teacher, classTeacher, journalAdmin)) {
            expectRefused("staff of A → class of school B", staff.get(api + "/classes/" + world.classB()));
            expectRefused("staff of A → invitations of school B",
                    staff.get(api + "/classes/" + world.classB() + "/invitations"));
            expectRefused("staff of A → a student card of school B",
                    staff.get(api + "/students/" + world.studentB() + "/card"));
            expectRefused("staff of A → the diary of a student of school B",
                    staff.get(api + "/diary/" + world.studentB() + "/week"));
            expectRefused("staff of A → the timetable of school B",
                    staff.get(api + "/schools/" + world.schoolB() + "/timetable/classes?date=2026-11-16"));
            expectRefused("staff of A → the movement history of a student of school B",
                    staff.get(api + "/students/" + world.studentB() + "/movement-history"));
        }
        assertThat(classTeacher.get(api + "/students/" + world.classmate() + "/movement-history").status())
                .isEqualTo(200);
        expectRefused("journal administrator of A → adding staff at school B",
                journalAdmin.sendJson("POST", api + "/schools/" + world.schoolB() + "/staff", "{}"));
        expectRefused("journal administrator of A → importing staff at school B",
                journalAdmin.sendFile(api + "/schools/" + world.schoolB() + "/staff/import", "text/csv",
                        AccessMatrix.CSV.getBytes(StandardCharsets.UTF_8)));
        expectRefused("class teacher of 5А → 5Б", classTeacher.get(api + "/classes/" + world.classA2()));
        expectRefused("class teacher of 5А → 5Б's invitations",
                classTeacher.get(api + "/classes/" + world.classA2() + "/invitations"));
        expectRefused("journal administrator of A → years of school B",
                journalAdmin.get(api + "/schools/" + world.schoolB() + "/years"));
        expectRefused("journal administrator of A → staff of school B",
                journalAdmin.get(api + "/schools/" + world.schoolB() + "/staff"));
    }

    private static void expectRefused(String what, Page answer) {
        assertThat(answer.status()).as("%s: %s %s", what, answer.uri(), abbreviated(answer.body())).isEqualTo(403);
    }

    private Page call(BrowserlessClient client, Row row) {
        String url = api + resolved(row.template(), row) + (row.query().isEmpty() ? "" : "?" + resolved(row.query(), row));
        if (row.body() == null) {
            return client.get(url);
        }
        String body = resolved(row.body(), row);
        if (body.startsWith("{")) {
            return client.sendJson(row.method(), url, body);
        }
        return client.sendFile(url, "text/csv; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String resolved(String text, Row row) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(out, value(placeholder.group(1), row));
        }
        return placeholder.appendTail(out).toString();
    }

    /** The fixture's object for a placeholder ({@code id} is school A in {@code /schools/{id}}, nothing elsewhere). */
    private static String value(String name, Row row) {
        long id = switch (name) {
            case "schoolId" -> world.schoolA();
            case "id" -> row.template().startsWith("/schools/") ? world.schoolA() : -1;
            case "yearId" -> world.yearA();
            case "classId" -> world.classA();
            case "lessonId" -> world.lesson();
            case "studentPersonId", "personId" -> world.child();
            case "subjectId" -> world.subject();
            case "assignmentId" -> world.spareAssignment();
            case "periodId" -> world.periodA();
            default -> -1;
        };
        if (id >= 0) {
            return Long.toString(id);
        }
        return AccessMatrix.OTHER_IDS.getOrDefault(name, AccessMatrix.NONE);
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
