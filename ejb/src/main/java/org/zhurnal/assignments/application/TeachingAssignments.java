package org.zhurnal.assignments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who teaches what, for other features (timetable, journal, diary) that have already checked who is asking:
 * no access checks here, answers only. Runs in the caller's transaction.
 */
@ApplicationScoped
public class TeachingAssignments {

    @Inject
    AssignmentQueries queries;

    /** The teacher's assignments current on the day, at every school. */
    public List<AssignmentItem> currentFor(Long teacherPersonId, LocalDate day) {
        return queries.ofTeacher(teacherPersonId, new AssignmentFilter(null, null, null, day));
    }

    /** The assignments current on the day that teach the class: whole class, its groups, its streams. */
    public List<AssignmentItem> currentOfClass(Long schoolId, Long classId, LocalDate day) {
        return queries.list(schoolId, new AssignmentFilter(null, classId, null, day));
    }

    public Optional<AssignmentItem> find(Long assignmentId) {
        return queries.find(assignmentId);
    }

    /** Whether the person teaches this assignment on the day (its teacher, and it is current). */
    public boolean teaches(Long teacherPersonId, Long assignmentId, LocalDate day) {
        return teacherPersonId != null && queries.find(assignmentId)
                .filter(a -> a.teacherPersonId().equals(teacherPersonId) && a.isCurrentOn(day)).isPresent();
    }
}
