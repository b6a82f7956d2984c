package org.zhurnal.federal.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A lesson as the federal feed sends it: the school (by INN), class, group, subject, time, whether a substitute
 * taught it ({@code insteadOf}), topic, homework, and each student's attendance and marks (by person card id).
 */
public record ChangedLesson(long lessonId, long schoolId, String schoolInn, long classId, int grade, String letter,
                            Long groupId, String groupName, long subjectId, String subjectName, LocalDate date,
                            int slot, LocalTime startsAt, LocalTime endsAt, String state, boolean substituted,
                            String topic, String homework, boolean homeworkNone, List<StudentEntry> students) {

    /** One student's attendance code ({@code ABSENT}, {@code ILL}, {@code EXCUSED}; null when present) and marks. */
    public record StudentEntry(long studentRef, String attendanceCode, List<Score> scores) {
    }

    /** A mark: its kind of work, weight, value and the second value of a double mark (5/4). */
    public record Score(int position, String workKindCode, String weight, int value, Integer value2) {
    }
}
