package org.zhurnal.assignments.api;

import org.zhurnal.assignments.application.NewAssignment;
import org.zhurnal.calendar.api.WireDates;

/**
 * Body of {@code POST /schools/{id}/teaching-assignments}: the year, subject and teacher, and exactly one of
 * {@code classId}, {@code groupId} (with or without its class) or {@code streamId}; {@code validFrom} optional.
 */
public record NewAssignmentRequest(Long academicYearId, Long subjectId, Long teacherPersonId, Long classId,
                                   Long groupId, Long streamId, String validFrom) {

    static final NewAssignmentRequest EMPTY = new NewAssignmentRequest(null, null, null, null, null, null, null);

    NewAssignment toInput() {
        return new NewAssignment(academicYearId, subjectId, teacherPersonId, classId, groupId, streamId,
                WireDates.date(validFrom, "validFrom"));
    }
}
