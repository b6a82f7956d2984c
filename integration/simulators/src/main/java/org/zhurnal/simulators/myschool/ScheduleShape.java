package org.zhurnal.simulators.myschool;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the platform accepts from Zhurnal (docs/api-myschool.md): a {@code Schedule} naming the student only by the
 * ESIA id asked for, schools → class → lessons with the fields of the contract, attendance codes Н/Б/У, scores with
 * a numeric weight on the five-point system; or an {@code OperationOutcome} with at least one issue. Any personal
 * field (a name, SNILS, birth date) anywhere in a schedule breaks the contract.
 */
public final class ScheduleShape {

    /** The answer breaks the contract. */
    public static final class Violation extends RuntimeException {

        public Violation(String message) {
            super(message);
        }
    }

    private static final Set<String> FORBIDDEN = Set.of("surname", "givenName", "patronymic", "snils", "birthDate",
            "birthdate", "fullName", "displayName", "teacher");
    private static final Set<String> ATTENDANCE = Set.of("Н", "Б", "У");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern SCORE = Pattern.compile("[1-5]");

    private ScheduleShape() {
    }

    public static void checkSchedule(JsonObject schedule, String esiaId) {
        require("Schedule".equals(schedule.getString("resourceType", null)), "resourceType must be Schedule");
        require(esiaId.equals(schedule.getJsonObject("student").getString("esiaId", null)),
                "student.esiaId must be the id asked for");
        require(schedule.getJsonObject("student").size() == 1, "student carries only esiaId");
        JsonObject period = schedule.getJsonObject("period");
        require(DATE.matcher(period.getString("start")).matches() && DATE.matcher(period.getString("end")).matches(),
                "period.start/end must be ISO dates");
        for (JsonValue value : schedule.getJsonArray("schools")) {
            JsonObject school = value.asJsonObject();
            JsonObject organization = school.getJsonObject("organization");
            require(!organization.getString("id").isBlank() && organization.getString("inn").matches("\\d{10}"),
                    "organization needs id and a 10-digit INN");
            JsonObject c = school.getJsonObject("class");
            require(!c.getString("id").isBlank() && !c.getString("name").isBlank() && c.getInt("grade") >= 1,
                    "class needs id, name and grade");
            school.getJsonArray("lessons").forEach(lesson -> checkLesson(lesson.asJsonObject()));
        }
        noPersonalData(schedule);
    }

    public static void checkOutcome(JsonObject outcome) {
        require("OperationOutcome".equals(outcome.getString("resourceType", null)),
                "an error must be an OperationOutcome");
        JsonArray issues = outcome.getJsonArray("issue");
        require(issues != null && !issues.isEmpty(), "OperationOutcome needs an issue");
        for (JsonValue issue : issues) {
            JsonObject i = issue.asJsonObject();
            require(!i.getString("severity", "").isBlank() && !i.getString("code", "").isBlank(),
                    "issue needs severity and code");
        }
    }

    private static void checkLesson(JsonObject lesson) {
        require(!lesson.getString("id").isBlank() && DATE.matcher(lesson.getString("date")).matches(),
                "lesson needs id and date");
        require(lesson.getInt("number") >= 0 && TIME.matcher(lesson.getString("start")).matches()
                && TIME.matcher(lesson.getString("end")).matches(), "lesson needs number, start and end");
        require(!lesson.getJsonObject("subject").getString("name").isBlank(), "lesson needs a subject");
        require(lesson.get("insteadOf") == JsonValue.TRUE || lesson.get("insteadOf") == JsonValue.FALSE,
                "insteadOf must be a boolean");
        require(lesson.getJsonObject("homework").containsKey("none"), "homework.none is required");
        if (lesson.containsKey("attendance")) {
            require(ATTENDANCE.contains(lesson.getJsonObject("attendance").getString("code")),
                    "attendance.code must be Н, Б or У");
        }
        for (JsonValue value : lesson.getJsonArray("score")) {
            JsonObject score = value.asJsonObject();
            require(!score.getString("code").isBlank() && score.get("weight") instanceof JsonNumber,
                    "score needs code and a numeric weight");
            require(SCORE.matcher(score.getString("score")).matches()
                    && (!score.containsKey("score2") || SCORE.matcher(score.getString("score2")).matches()),
                    "score/score2 must be 1–5");
            require("FIVE_POINT".equals(score.getString("scoreSystem")), "scoreSystem must be FIVE_POINT");
        }
    }

    private static void noPersonalData(JsonValue value) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                require(!FORBIDDEN.contains(key), "personal field " + key + " in a schedule");
                noPersonalData(child);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(ScheduleShape::noPersonalData);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new Violation(message);
        }
    }
}
