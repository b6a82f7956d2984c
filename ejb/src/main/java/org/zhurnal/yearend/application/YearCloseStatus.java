package org.zhurnal.yearend.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.yearend.application.YearEndReads.Blocker;
import org.zhurnal.yearend.application.YearEndReads.Rollover;

/**
 * Where a year stands at its end: closed or not, what keeps it from closing (classes and subjects with
 * year marks missing or not confirmed), and the rollover into the next year when it was done.
 */
public record YearCloseStatus(Long yearId, String label, LocalDate startsOn, LocalDate endsOn, Instant closedAt,
                              List<Blocker> blockers, Rollover rollover) {

    public boolean closed() {
        return closedAt != null;
    }

    /** «2026/2027». */
    static String label(LocalDate startsOn, LocalDate endsOn) {
        return startsOn.getYear() + "/" + endsOn.getYear();
    }
}
