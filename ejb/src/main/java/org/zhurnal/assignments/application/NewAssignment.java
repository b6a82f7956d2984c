package org.zhurnal.assignments.application;

import java.time.LocalDate;

/**
 * A teaching assignment as chosen: the year, the subject, the teacher, exactly one of a class, a group
 * (its class may be named too) or a stream, and the first day (today, or the year's first day, by default).
 */
public record NewAssignment(Long yearId, Long subjectId, Long teacherPersonId, Long classId, Long groupId,
                            Long streamId, LocalDate validFrom) {
}
