package org.zhurnal.yearend.api;

import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.yearend.application.YearCloseStatus;
import org.zhurnal.yearend.application.YearEndReads.Blocker;

/** Where a year stands at its end, on the wire: closed or not, what blocks closing, the rollover when done. */
public record YearEndStatusResponse(Long yearId, String label, String startsOn, String endsOn, boolean closed,
                                    String closedAt, List<Blocker> blockers, Rollover rollover) {

    public record Rollover(Long toYearId, String orderRef, boolean curriculumDraft, int classesCreated,
                           int studentsMoved, int graduates, String committedAt, int streamsCopied,
                           int assignmentsCopied, int timetableEntriesCopied) {
    }

    static YearEndStatusResponse of(YearCloseStatus status) {
        var r = status.rollover();
        return new YearEndStatusResponse(status.yearId(), status.label(), WireDates.text(status.startsOn()),
                WireDates.text(status.endsOn()), status.closed(), WireDates.text(status.closedAt()), status.blockers(),
                r == null ? null : new Rollover(r.toYearId(), r.orderRef(), r.curriculumDraft(), r.classesCreated(),
                        r.studentsMoved(), r.graduates(), WireDates.text(r.committedAt()), r.carried().streams(),
                        r.carried().assignments(), r.carried().timetableEntries()));
    }
}
