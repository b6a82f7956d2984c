package org.zhurnal.assignments.application;

import java.time.LocalDate;

/**
 * A teaching assignment as lists show it: the subject, the teacher and the audience with their names.
 * For a class {@code groupId}/{@code streamId} are null; a group also names its class; a stream names no
 * class. {@code audienceName} is «5А», «5А, Английский язык, группа 1» or the stream's name.
 */
public record AssignmentItem(Long id, Long schoolId, Long yearId, Long subjectId, String subjectName,
                             Long teacherPersonId, String teacherName, Long classId, Long groupId, Long streamId,
                             String audienceName, LocalDate validFrom, LocalDate validTo) {

    /** Whether the teacher teaches it on the day. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
