package org.zhurnal.journal.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A teacher's lessons of a day (their own and the ones they substitute) and what they teach, for the grid picker. */
public record TeacherDay(LocalDate date, List<DayLesson> lessons, List<Teaching> teaching) {

    public record DayLesson(Long id, int slotNumber, LocalTime startsAt, LocalTime endsAt, Long classId, String className,
                            Long groupId, String groupName, Long subjectId, String subjectName, String state,
                            boolean substitution, String topic, int version) {
    }

    /** A class (or group) and subject the teacher teaches on the date. */
    public record Teaching(Long classId, String className, Long groupId, String groupName, Long subjectId,
                           String subjectName) {
    }
}
