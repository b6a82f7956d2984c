package org.zhurnal.simulators.myschool;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScheduleShapeTest {

    private static final String LESSON = """
            {"id":"901","date":"2026-11-16","number":1,"start":"08:00","end":"08:40","status":"SCHEDULED",
             "subject":{"id":"3","name":"Русский язык"},"insteadOf":true,"topic":"Диктант",
             "homework":{"none":false,"text":"Упр. 112"},"attendance":{"code":"%s"},
             "score":[{"code":"DICTATION","weight":2,"score":"5","score2":"4","scoreSystem":"FIVE_POINT"}]%s}""";

    @Test
    void theContractsScheduleIsAccepted() {
        assertThatCode(() -> ScheduleShape.checkSchedule(schedule("Н", ""), "1000005")).doesNotThrowAnyException();
    }

    @Test
    void anotherStudentAWrongCodeOrPersonalDataBreakTheContract() {
        assertThatThrownBy(() -> ScheduleShape.checkSchedule(schedule("Н", ""), "1000006"))
                .isInstanceOf(ScheduleShape.Violation.class);
        assertThatThrownBy(() -> ScheduleShape.checkSchedule(schedule("ABSENT", ""), "1000005"))
                .hasMessageContaining("attendance.code");
        assertThatThrownBy(() -> ScheduleShape.checkSchedule(schedule("Н", ",\"teacher\":\"Орлова Н. В.\""), "1000005"))
                .hasMessageContaining("personal field teacher");
    }

    @Test
    void errorsMustBeOperationOutcomes() {
        assertThatCode(() -> ScheduleShape.checkOutcome(json("""
                {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]}""")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ScheduleShape.checkOutcome(json("{\"type\":\"about:blank\",\"status\":404}")))
                .isInstanceOf(ScheduleShape.Violation.class);
    }

    private static JsonObject schedule(String attendance, String extra) {
        return json("""
                {"resourceType":"Schedule","student":{"esiaId":"1000005"},
                 "period":{"start":"2026-11-16","end":"2026-11-22"},
                 "schools":[{"organization":{"id":"7","inn":"2466001234","name":"СШ 1"},
                   "class":{"id":"34","name":"9А","grade":9},"lessons":[%s]}]}"""
                .formatted(LESSON.formatted(attendance, extra)));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
