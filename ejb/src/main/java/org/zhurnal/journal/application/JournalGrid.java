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
                          Period period, List<Period> periods, List<Column> lessons, List<Row> students,
                          List<KindRow> workKinds) {

    public record Period(Long id, int number, LocalDate startsOn, LocalDate endsOn, boolean closed) {
    }

    /**
     * A lesson; {@code canWrite}: the reader keeps its journal; lock reasons say why attendance or marks cannot
     * be set now; {@code openWorkKindIds}: the kinds of work whose marks may still be set, changed or removed.
     */
    public record Column(Long id, LocalDate date, int slotNumber, String state, String topic, int version,
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
