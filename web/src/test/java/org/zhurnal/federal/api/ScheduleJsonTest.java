package org.zhurnal.federal.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.federal.application.ScheduleClass;
import org.zhurnal.federal.application.ScheduleLesson;
import org.zhurnal.federal.application.ScheduleLesson.Score;
import org.zhurnal.federal.application.StudentSchedule;

class ScheduleJsonTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void aStudentsWeekAsTheSchedulesResource() {
        ScheduleLesson dictation = new ScheduleLesson(901, MONDAY, 1, LocalTime.of(8, 0), LocalTime.of(8, 40),
                "SCHEDULED", 3, "Русский язык", null, null, true, "Диктант", "Упр. 112", false, "ABSENT",
                List.of(new Score("DICTATION", "2", 5, 4), new Score("ANSWER", "1.5", 3, null)));
        ScheduleLesson english = new ScheduleLesson(902, MONDAY.plusDays(1), 2, LocalTime.of(8, 50),
                LocalTime.of(9, 30), "CANCELLED", 4, "Английский язык", 12L, "Группа 1", false, null, null, true,
                null, List.of());
        JsonObject json = ScheduleJson.schedule(new StudentSchedule("1000005", MONDAY, MONDAY.plusDays(6),
                List.of(new ScheduleClass(7, "2466001234", "СШ 1", 34, 9, "А", List.of(dictation, english)))));

        assertThat(json.getString("resourceType")).isEqualTo("Schedule");
        assertThat(json.getJsonObject("student").toString()).isEqualTo("{\"esiaId\":\"1000005\"}");
        assertThat(json.getJsonObject("period").toString()).isEqualTo("{\"start\":\"2026-11-16\",\"end\":\"2026-11-22\"}");
        JsonObject school = json.getJsonArray("schools").getJsonObject(0);
        assertThat(school.getJsonObject("organization").toString())
                .isEqualTo("{\"id\":\"7\",\"inn\":\"2466001234\",\"name\":\"СШ 1\"}");
        assertThat(school.getJsonObject("class").toString()).isEqualTo("{\"id\":\"34\",\"name\":\"9А\",\"grade\":9}");

        JsonObject first = school.getJsonArray("lessons").getJsonObject(0);
        assertThat(first.toString()).isEqualTo("{\"id\":\"901\",\"date\":\"2026-11-16\",\"number\":1,\"start\":\"08:00\","
                + "\"end\":\"08:40\",\"status\":\"SCHEDULED\",\"subject\":{\"id\":\"3\",\"name\":\"Русский язык\"},"
                + "\"insteadOf\":true,\"topic\":\"Диктант\",\"homework\":{\"none\":false,\"text\":\"Упр. 112\"},"
                + "\"attendance\":{\"code\":\"Н\"},\"score\":["
                + "{\"code\":\"DICTATION\",\"weight\":2,\"score\":\"5\",\"scoreSystem\":\"FIVE_POINT\",\"score2\":\"4\"},"
                + "{\"code\":\"ANSWER\",\"weight\":1.5,\"score\":\"3\",\"scoreSystem\":\"FIVE_POINT\"}]}");

        JsonObject second = school.getJsonArray("lessons").getJsonObject(1);
        assertThat(second.getJsonObject("group").toString()).isEqualTo("{\"id\":\"12\",\"name\":\"Группа 1\"}");
        assertThat(second.getString("status")).isEqualTo("CANCELLED");
        assertThat(second.containsKey("topic")).isFalse();
        assertThat(second.containsKey("attendance")).isFalse();
        assertThat(second.getJsonObject("homework").toString()).isEqualTo("{\"none\":true}");
        assertThat(second.getJsonArray("score")).isEmpty();
    }

    @Test
    void attendanceLettersAreTheJournals() {
        assertThat(ScheduleJson.attendanceCode("ABSENT")).isEqualTo("Н");
        assertThat(ScheduleJson.attendanceCode("ILL")).isEqualTo("Б");
        assertThat(ScheduleJson.attendanceCode("EXCUSED")).isEqualTo("У");
    }

    @Test
    void aStudentWithoutLessonsHasNoSchools() {
        JsonObject json = ScheduleJson.schedule(new StudentSchedule("42", MONDAY, MONDAY, List.of()));
        assertThat(json.getJsonArray("schools")).isEmpty();
    }
}
