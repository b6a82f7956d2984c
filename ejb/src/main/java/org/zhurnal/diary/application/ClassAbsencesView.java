package org.zhurnal.diary.application;

import java.util.List;

/**
 * «Отсутствующие сегодня» for a class teacher: per class, the students with an attendance mark on the day
 * (each lesson with its slot, subject and code) or an absence report covering it, by name.
 */
public record ClassAbsencesView(String date, List<ClassDay> classes) {

    public record ClassDay(long classId, String className, List<AbsentStudent> students) {
    }

    public record AbsentStudent(long personId, String displayName, List<MissedLesson> lessons,
                                List<AbsenceReportView> reports) {
    }

    public record MissedLesson(long lessonId, int slot, String subject, String code) {
    }
}
