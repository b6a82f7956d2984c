package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.journal.application.LessonPage.KindRow;
import org.zhurnal.journal.application.LessonPage.MarkRow;
import org.zhurnal.journal.domain.AttendanceCode;

/**
 * The journal of a class (or group) and subject for a reporting period: students × lessons with marks and
 * attendance (only cells with something in them), each student's weighted average and proposed final mark.
 */
public record JournalGrid(Long classId, String className, Long subjectId, String subjectName, Long groupId,
                          PeriodView period, List<PeriodView> periods, List<Column> lessons, List<Row> students,
                          List<KindRow> workKinds) {

    public record Period(Long id, int number, LocalDate startsOn, LocalDate endsOn, boolean closed) {
    }

    /** A period on the wire: dates as ISO text. */
    public record PeriodView(Long id, int number, String startsOn, String endsOn, boolean closed) {

        public static PeriodView of(Period period) {
            return new PeriodView(period.id(), period.number(), period.startsOn().toString(), period.endsOn().toString(),
                    period.closed());
        }

        public static List<PeriodView> of(List<Period> periods) {
            return periods.stream().map(PeriodView::of).toList();
        }
    }

    /**
     * A lesson; {@code canWrite}: the reader keeps its journal; lock reasons say why attendance or marks cannot
     * be set now; {@code openWorkKindIds}: the kinds of work whose marks may still be set, changed or removed.
     */
    public record Column(Long id, String date, int slotNumber, String state, String topic, int version,
                         boolean canWrite, String attendanceLockedReason, String marksLockedReason,
                         List<Long> openWorkKindIds) {
    }

    /**
     * {@code proposedMark} null with {@code notAttested}: fewer marks than the period needs (н/а);
     * {@code finalMark}: the teacher's decision for the period, if any.
     */
    public record Row(Long studentId, String name, List<Cell> cells, BigDecimal average, int markCount,
                      Integer proposedMark, boolean notAttested, FinalSheet.Decided finalMark) {
    }

    public record Cell(Long lessonId, AttendanceCode attendance, List<MarkRow> marks) {
    }
}
