package org.zhurnal.federal.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One lesson of a student as «Моя школа» receives it: time, subject (and group), state, whether a substitute taught
 * it ({@code insteadOf}), topic, homework, and the student's own attendance code ({@code ABSENT}, {@code ILL},
 * {@code EXCUSED}; null when present) and marks.
 */
public record ScheduleLesson(long lessonId, LocalDate date, int slot, LocalTime startsAt, LocalTime endsAt,
                             String state, long subjectId, String subjectName, Long groupId, String groupName,
                             boolean substituted, String topic, String homework, boolean homeworkNone,
                             String attendanceCode, List<Score> scores) {

    public ScheduleLesson {
        scores = List.copyOf(scores);
    }

    /** A mark: its kind of work, the kind's weight, the value and the second value of a double mark (5/4). */
    public record Score(String workKindCode, String weight, int value, Integer value2) {
    }
}
