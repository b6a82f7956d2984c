package org.zhurnal.journal.domain;

import java.util.Optional;

/**
 * What an accepted absence report does to one attendance cell of a covered lesson: an empty cell (present
 * or not yet marked) and Н (absent without a known reason) take the report's code, Б or У; a cell that
 * already names a reason (Б or У, set by a teacher or by an earlier report) is kept — a report never
 * overwrites a reason somebody gave. Empty when the cell stays as it is.
 */
public final class ReportedAbsences {

    private ReportedAbsences() {
    }

    public static Optional<AttendanceCode> fill(AttendanceCode current, AttendanceCode reported) {
        if (reported == null || reported == AttendanceCode.ABSENT) {
            throw new IllegalArgumentException("A report gives a reason: ILL or EXCUSED");
        }
        return current == null || current == AttendanceCode.ABSENT ? Optional.of(reported) : Optional.empty();
    }
}
