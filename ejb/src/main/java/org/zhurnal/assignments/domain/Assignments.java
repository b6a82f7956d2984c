package org.zhurnal.assignments.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Teaching assignments as aggregates, and the facts about other features their rules need. */
public interface Assignments {

    Optional<TeachingAssignment> find(Long assignmentId);

    /** Stores a new assignment and assigns its id. */
    TeachingAssignment add(TeachingAssignment assignment);

    /** Whether the same teacher already teaches the same subject to the same audience on the day. */
    boolean overlaps(TeachingAssignment candidate, LocalDate day);

    /** Whether the person holds a staff position (any) at the school on the day. */
    boolean isStaffOn(Long personId, Long schoolId, LocalDate day);

    /** The class of a group, if there is such a group. */
    Optional<Long> classOfGroup(Long groupId);

    /** Writes pending changes now. */
    void store();
}
