package org.zhurnal.journal.application;

import java.util.List;

/** A teacher's lessons of a day (their own and the ones they substitute) and what they teach, for the grid picker. */
public record TeacherDay(String date, List<DayLesson> lessons, List<Teaching> teaching) {

    /** Times as ISO text ({@code 08:30}): the wire's form. */
    public record DayLesson(Long id, int slotNumber, String startsAt, String endsAt, Long classId, String className,
                            Long groupId, String groupName, Long subjectId, String subjectName, String state,
                            boolean substitution, String topic, int version) {
    }

    /** A class (or group) and subject the teacher teaches on the date. */
    public record Teaching(Long classId, String className, Long groupId, String groupName, Long subjectId,
                           String subjectName) {
    }
}
