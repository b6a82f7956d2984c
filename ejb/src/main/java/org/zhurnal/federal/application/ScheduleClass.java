package org.zhurnal.federal.application;

import java.util.List;

/** The lessons a student had in one class of one school (two entries when they moved class within the range). */
public record ScheduleClass(long schoolId, String schoolInn, String schoolName, long classId, int grade, String letter,
                            List<ScheduleLesson> lessons) {

    public ScheduleClass {
        lessons = List.copyOf(lessons);
    }
}
