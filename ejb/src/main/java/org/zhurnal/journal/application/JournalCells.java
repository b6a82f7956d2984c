package org.zhurnal.journal.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.MarkCell;
import org.zhurnal.shared.security.Actor;

/**
 * The current marks and attendance of a lesson and their append-only history. {@link #apply} first appends
 * every change to the history, then applies it to the current state: a few multi-row statements per save,
 * whatever the number of students.
 */
public interface JournalCells {

    /**
     * Who made the changes and when; for changes let through by a change request, why, who approved and the
     * request; for attendance written from an accepted absence report, why and the report.
     */
    record Authorship(Actor actor, Instant at, String reason, Actor approver, Long requestId, Long absenceReportId) {

        public static Authorship of(Actor actor, Instant at) {
            return new Authorship(actor, at, null, null, null, null);
        }

        public static Authorship approved(Actor requester, Instant at, String reason, Actor approver, Long requestId) {
            return new Authorship(requester, at, reason, approver, requestId, null);
        }

        public static Authorship reported(Actor decider, Instant at, String reason, Long absenceReportId) {
            return new Authorship(decider, at, reason, null, null, absenceReportId);
        }
    }

    /** The lesson as marks and attendance repeat it (denormalised for the diary's reads). */
    record LessonKey(int schoolYear, Long lessonId, java.time.LocalDate date, Long subjectId, Long classId) {
    }

    List<MarkCell> marks(int schoolYear, Long lessonId);

    Map<Long, AttendanceCode> attendance(int schoolYear, Long lessonId);

    void apply(LessonKey lesson, CellChanges changes, Authorship authorship);
}
