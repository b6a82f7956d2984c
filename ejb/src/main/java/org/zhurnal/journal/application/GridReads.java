package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.journal.domain.AttendanceCode;

/** The journal grid's reads: the class with its year and periods, the lessons, and all their cells. */
public interface GridReads {

    record ClassYear(Long schoolId, String className, Long yearId, int schoolYear, String periodSystem,
                     String subjectName, List<JournalGrid.Period> periods) {
    }

    record LessonColumn(Long id, LocalDate date, int slotNumber, String state, String topic, int version,
                        Long teacherId, Long substituteId) {
    }

    /** A cell value: a mark (position, value…) or an attendance code. */
    record CellValue(Long lessonId, Long studentId, Integer position, Integer value, Integer value2, Long workKindId,
                     BigDecimal weight, AttendanceCode attendance, String comment) {
    }

    Optional<ClassYear> classYear(Long classId, Long subjectId);

    /** Lessons of the class and subject in the dates: whole-class ones, or the group's when {@code groupId} is set. */
    List<LessonColumn> lessons(int schoolYear, Long classId, Long subjectId, Long groupId, LocalDate from, LocalDate to);

    /** Marks and attendance of the class and subject in the dates, one query over both. */
    List<CellValue> cells(int schoolYear, Long classId, Long subjectId, LocalDate from, LocalDate to);
}
