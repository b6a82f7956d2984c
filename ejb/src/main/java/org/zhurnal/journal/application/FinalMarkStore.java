package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.zhurnal.journal.domain.FinalMarkDecision;
import org.zhurnal.shared.security.Actor;

/** Final marks: the latest version of each (student, period) of a class and subject, and new versions. */
public interface FinalMarkStore {

    record Cell(Long studentId, int periodNumber) {
    }

    /** A new version of one final mark, with what the system proposed when it was written. */
    record NewVersion(Long schoolId, Long yearId, Long classId, Long subjectId, Long studentId, int periodNumber,
                      int version, FinalMarkDecision decision, boolean confirmed, BigDecimal average, Integer proposed,
                      Actor by, Instant at) {
    }

    /** The current (latest) versions of the class's final marks in the subject. */
    Map<Cell, FinalMarkDecision.Current> current(Long classId, Long subjectId);

    void append(NewVersion version);
}
