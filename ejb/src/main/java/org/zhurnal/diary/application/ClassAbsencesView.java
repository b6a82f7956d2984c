package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * «Отсутствующие сегодня» for a class teacher: per class, the students with an attendance mark on the day
 * (each lesson with its slot, subject and code) or an absence report covering it, by name.
 */
@JsonbPropertyOrder({"date", "classes"})
public record ClassAbsencesView(LocalDate date, List<ClassDay> classes) {

    @JsonbPropertyOrder({"classId", "className", "students"})
    public record ClassDay(long classId, String className, List<AbsentStudent> students) {
    }

    @JsonbPropertyOrder({"personId", "displayName", "lessons", "reports"})
    public record AbsentStudent(long personId, String displayName, List<MissedLesson> lessons,
                                List<AbsenceReportView> reports) {
    }

    @JsonbPropertyOrder({"lessonId", "slot", "subject", "code"})
    public record MissedLesson(long lessonId, int slot, String subject, String code) {
    }
}
