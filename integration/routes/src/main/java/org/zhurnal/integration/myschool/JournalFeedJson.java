package org.zhurnal.integration.myschool;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.zhurnal.federal.application.ChangedFinalMark;
import org.zhurnal.federal.application.ChangedLesson;
import org.zhurnal.federal.application.ChangedLesson.Score;
import org.zhurnal.federal.application.ChangedLesson.StudentEntry;

/**
 * The anti-corruption layer towards «Моя школа»: our journal changes as the platform's {@code Schedule} shape
 * (school → class → lessons with subject, {@code insteadOf}, topic, homework, {@code attendance.code} and
 * {@code score {code, weight, score, score2, scoreSystem}}), wrapped in a bundle with a deterministic message id,
 * so the same window sent again is the same message. Students appear only as {@code student.ref} (the id of their
 * person card): no names, birth dates or SNILS leave the region. See docs/exchange-federal.md.
 */
public final class JournalFeedJson {

    public static final String SCORE_SYSTEM = "FIVE_POINT";

    /** What the delivery needs to know of a message: its id, how many items it carries, whose data it holds. */
    public record Summary(String messageId, int items, List<Long> students) {
    }

    private JournalFeedJson() {
    }

    public static String messageId(Instant from, Instant to, int part) {
        return "zhurnal-" + from.toEpochMilli() + "-" + to.toEpochMilli() + "-" + part;
    }

    public static String lessons(String messageId, Instant from, Instant to, List<ChangedLesson> lessons) {
        Map<String, List<ChangedLesson>> byClass = new LinkedHashMap<>();
        for (ChangedLesson lesson : lessons) {
            byClass.computeIfAbsent(lesson.schoolId() + "/" + lesson.classId(), k -> new ArrayList<>()).add(lesson);
        }
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (List<ChangedLesson> classLessons : byClass.values()) {
            ChangedLesson first = classLessons.get(0);
            JsonArrayBuilder items = Json.createArrayBuilder();
            classLessons.forEach(lesson -> items.add(lesson(lesson)));
            entries.add(Json.createObjectBuilder().add("resourceType", "Schedule")
                    .add("organization", organization(first.schoolId(), first.schoolInn()))
                    .add("class", Json.createObjectBuilder().add("id", String.valueOf(first.classId()))
                            .add("name", first.grade() + first.letter()).add("grade", first.grade()))
                    .add("lessons", items));
        }
        return bundle(messageId, from, to).add("entry", entries).build().toString();
    }

    public static String finalMarks(String messageId, Instant from, Instant to, List<ChangedFinalMark> marks) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ChangedFinalMark mark : marks) {
            JsonObjectBuilder score = Json.createObjectBuilder().add("code", mark.period() == 0 ? "YEAR" : "PERIOD")
                    .add("scoreSystem", SCORE_SYSTEM);
            if (mark.notAttested()) {
                score.add("score", "н/а");
            } else {
                score.add("score", String.valueOf(mark.value()));
            }
            items.add(Json.createObjectBuilder().add("resourceType", "FinalScore")
                    .add("organization", organization(mark.schoolId(), mark.schoolInn()))
                    .add("class", Json.createObjectBuilder().add("id", String.valueOf(mark.classId())))
                    .add("subject", subject(mark.subjectId(), mark.subjectName()))
                    .add("student", student(mark.studentRef())).add("period", mark.period())
                    .add("notAttested", mark.notAttested()).add("score", score));
        }
        return bundle(messageId, from, to).add("entry", items).build().toString();
    }

    /** Reads back what a delivery needs; an unreadable message (or not one of ours) is refused as poison. */
    public static Summary summary(String message) {
        JsonObject bundle;
        try (var reader = Json.createReader(new StringReader(message == null ? "" : message))) {
            bundle = reader.readObject();
        } catch (RuntimeException e) {
            throw new MySchoolRejectedException("Сообщение ленты «Моя школа» не читается: " + e.getClass().getSimpleName());
        }
        if (!"Bundle".equals(bundle.getString("resourceType", null)) || bundle.getString("id", "").isBlank()
                || !(bundle.get("entry") instanceof JsonArray entries)) {
            throw new MySchoolRejectedException("Сообщение ленты «Моя школа» не является пакетом изменений журнала");
        }
        TreeSet<Long> students = new TreeSet<>();
        int items = 0;
        for (JsonValue value : entries) {
            JsonObject entry = value.asJsonObject();
            if (entry.get("lessons") instanceof JsonArray lessons) {
                items += lessons.size();
                for (JsonValue lesson : lessons) {
                    for (JsonValue s : lesson.asJsonObject().getJsonArray("students")) {
                        students.add(ref(s.asJsonObject().getJsonObject("student")));
                    }
                }
            } else if (entry.get("student") instanceof JsonObject student) {
                items++;
                students.add(ref(student));
            }
        }
        return new Summary(bundle.getString("id"), items, List.copyOf(students));
    }

    private static long ref(JsonObject student) {
        return Long.parseLong(student.getString("ref"));
    }

    private static JsonObjectBuilder bundle(String messageId, Instant from, Instant to) {
        return Json.createObjectBuilder().add("resourceType", "Bundle").add("type", "journal-changes")
                .add("id", messageId)
                .add("meta", Json.createObjectBuilder().add("source", "zhurnal").add("lastUpdated", to.toString()))
                .add("period", Json.createObjectBuilder().add("start", from.toString()).add("end", to.toString()));
    }

    private static JsonObject lesson(ChangedLesson lesson) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", String.valueOf(lesson.lessonId()))
                .add("date", lesson.date().toString()).add("number", lesson.slot())
                .add("start", lesson.startsAt().toString()).add("end", lesson.endsAt().toString())
                .add("status", lesson.state()).add("subject", subject(lesson.subjectId(), lesson.subjectName()))
                .add("insteadOf", lesson.substituted());
        if (lesson.groupId() != null) {
            json.add("group", Json.createObjectBuilder().add("id", String.valueOf(lesson.groupId()))
                    .add("name", lesson.groupName()));
        }
        if (lesson.topic() != null) {
            json.add("topic", lesson.topic());
        }
        JsonObjectBuilder homework = Json.createObjectBuilder().add("none", lesson.homeworkNone());
        if (lesson.homework() != null) {
            homework.add("text", lesson.homework());
        }
        json.add("homework", homework);
        JsonArrayBuilder students = Json.createArrayBuilder();
        for (StudentEntry entry : lesson.students()) {
            JsonObjectBuilder student = Json.createObjectBuilder().add("student", student(entry.studentRef()));
            if (entry.attendanceCode() != null) {
                student.add("attendance", Json.createObjectBuilder().add("code", attendanceCode(entry.attendanceCode())));
            }
            JsonArrayBuilder scores = Json.createArrayBuilder();
            for (Score score : entry.scores()) {
                JsonObjectBuilder s = Json.createObjectBuilder().add("code", score.workKindCode())
                        .add("weight", new BigDecimal(score.weight())).add("score", String.valueOf(score.value()))
                        .add("scoreSystem", SCORE_SYSTEM);
                if (score.value2() != null) {
                    s.add("score2", String.valueOf(score.value2()));
                }
                scores.add(s);
            }
            students.add(student.add("score", scores));
        }
        return json.add("students", students).build();
    }

    /** The journal's letters, as the diary shows them: Н absent, Б ill, У valid reason. */
    static String attendanceCode(String code) {
        return switch (code) {
            case "ABSENT" -> "Н";
            case "ILL" -> "Б";
            case "EXCUSED" -> "У";
            default -> code;
        };
    }

    private static JsonObjectBuilder organization(long schoolId, String inn) {
        return Json.createObjectBuilder().add("id", String.valueOf(schoolId)).add("inn", inn);
    }

    private static JsonObjectBuilder subject(long id, String name) {
        return Json.createObjectBuilder().add("id", String.valueOf(id)).add("name", name);
    }

    private static JsonObjectBuilder student(long ref) {
        return Json.createObjectBuilder().add("ref", String.valueOf(ref));
    }
}
