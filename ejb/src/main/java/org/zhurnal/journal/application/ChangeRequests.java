package org.zhurnal.journal.application;

import java.util.List;
import java.util.Optional;
import org.zhurnal.journal.domain.MarkChangeRequest;

/** Mark change requests: stored, found, and listed for a school's journal administrator. */
public interface ChangeRequests {

    MarkChangeRequest add(MarkChangeRequest request);

    Optional<MarkChangeRequest> find(Long id);

    boolean pendingFor(Long lessonId, Long studentId, int position);

    /** The school's requests in this state (all states when null), oldest first, with names for the list. */
    List<Item> ofSchool(Long schoolId, MarkChangeRequest.State state);

    /**
     * Dates and instants as ISO text: the wire's form. {@code cell} MARK (the values) or ATTENDANCE (position 0,
     * the codes; null: present).
     */
    record Item(Long id, String state, String cell, Long lessonId, String lessonDate, String className, String subjectName,
                Long studentId, String studentName, int position, Integer currentValue, Integer currentValue2,
                Integer requestedValue, Integer requestedValue2, Long requestedWorkKindId, String reason,
                String requestedAt, String requestedByName, String decidedAt, String decidedByName,
                String decisionReason, String currentCode, String requestedCode) {
    }
}
