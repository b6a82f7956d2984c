package org.zhurnal.federal.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import org.zhurnal.federal.application.ScheduleClass;
import org.zhurnal.federal.application.ScheduleLesson;
import org.zhurnal.federal.application.ScheduleLesson.Score;
import org.zhurnal.federal.application.StudentSchedule;

/**
 * The anti-corruption layer towards «Моя школа»: a student's schedule as the platform's {@code Schedule} resource
 * (school → class → lessons with subject, {@code insteadOf}, topic, homework, {@code attendance.code} and
 * {@code score {code, weight, score, score2, scoreSystem}}). The student is named only by the ESIA id the platform
 * asked for; schools by id, INN and short name; no names of students or teachers, no SNILS. See docs/api-myschool.md.
 */
public final class ScheduleJson {

    public static final String SCORE_SYSTEM = "FIVE_POINT";

    private ScheduleJson() {
    }

    public static JsonObject schedule(StudentSchedule schedule) {
        JsonArrayBuilder schools = Json.createArrayBuilder();
        for (ScheduleClass c : schedule.classes()) {
            JsonArrayBuilder lessons = Json.createArrayBuilder();
            c.lessons().forEach(lesson -> lessons.add(lesson(lesson)));
            schools.add(Json.createObjectBuilder()
                    .add("organization", Json.createObjectBuilder().add("id", String.valueOf(c.schoolId()))
                            .add("inn", c.schoolInn()).add("name", c.schoolName()))
                    .add("class", Json.createObjectBuilder().add("id", String.valueOf(c.classId()))
                            .add("name", c.grade() + c.letter()).add("grade", c.grade()))
                    .add("lessons", lessons));
        }
        return Json.createObjectBuilder().add("resourceType", "Schedule")
                .add("student", Json.createObjectBuilder().add("esiaId", schedule.esiaOid()))
                .add("period", Json.createObjectBuilder().add("start", schedule.start().toString())
                        .add("end", schedule.end().toString()))
                .add("meta", Json.createObjectBuilder().add("source", "zhurnal"))
                .add("schools", schools).build();
    }

    static JsonObject lesson(ScheduleLesson lesson) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", String.valueOf(lesson.lessonId()))
                .add("date", lesson.date().toString()).add("number", lesson.slot())
                .add("start", lesson.startsAt().toString()).add("end", lesson.endsAt().toString())
                .add("status", lesson.state())
                .add("subject", Json.createObjectBuilder().add("id", String.valueOf(lesson.subjectId()))
                        .add("name", lesson.subjectName()))
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
        if (lesson.attendanceCode() != null) {
            json.add("attendance", Json.createObjectBuilder().add("code", attendanceCode(lesson.attendanceCode())));
        }
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (Score score : lesson.scores()) {
            JsonObjectBuilder s = Json.createObjectBuilder().add("code", score.workKindCode())
                    .add("weight", new BigDecimal(score.weight())).add("score", String.valueOf(score.value()))
                    .add("scoreSystem", SCORE_SYSTEM);
            if (score.value2() != null) {
                s.add("score2", String.valueOf(score.value2()));
            }
            scores.add(s);
        }
        return json.add("score", scores).build();
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
}
