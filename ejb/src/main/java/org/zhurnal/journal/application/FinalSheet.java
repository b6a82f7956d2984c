package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Final marks of a class (or group) and subject for the year: per student, per reporting period (number 1…)
 * and for the year (number 0), the weighted average, the number of marks, the proposal (null: н/а) and the
 * current decision.
 */
public record FinalSheet(Long classId, String className, Long subjectId, String subjectName, Long groupId,
                         List<JournalGrid.PeriodView> periods, List<Student> students) {

    public record Student(Long studentId, String name, List<Cell> cells) {
    }

    /** {@code current} null: nothing decided yet. */
    public record Cell(int periodNumber, BigDecimal average, int markCount, Integer proposed, Decided current) {
    }

    public record Decided(Integer value, boolean notAttested, String state, int version) {
    }
}
