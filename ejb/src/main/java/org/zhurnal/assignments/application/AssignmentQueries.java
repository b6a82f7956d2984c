package org.zhurnal.assignments.application;

import java.util.List;
import java.util.Optional;

/** The read side of teaching assignments: one query per answer, names joined in the database. */
public interface AssignmentQueries {

    /** The school's assignments matching the filter, by audience, subject and teacher. */
    List<AssignmentItem> list(Long schoolId, AssignmentFilter filter);

    /** The assignments of a teacher at any school matching the filter ({@code yearId} may be null). */
    List<AssignmentItem> ofTeacher(Long teacherPersonId, AssignmentFilter filter);

    Optional<AssignmentItem> find(Long assignmentId);
}
