package org.zhurnal.diary.application;

import java.util.List;

/**
 * One lesson of a diary day: times as «08:30», the substitute's name when there is one (the UI says
 * «Замена: …»), homework text or {@code homeworkNone} («без задания»), the student's marks and attendance
 * code ({@code ABSENT} Н, {@code ILL} Б, {@code EXCUSED} У, or null when present or not marked).
 */
public record LessonView(long lessonId, int slot, String startsAt, String endsAt, String subject, String group,
                         String room, String teacher, String substitute, boolean cancelled, String changeNote,
                         String topic, String homework, boolean homeworkNone, List<MarkView> marks, String attendance) {
}
