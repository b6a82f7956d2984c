package org.zhurnal.journal.application;

import org.zhurnal.journal.domain.AttendanceCode;

/**
 * A request to change a cell after its window, and why: a mark in {@code position} (the wanted value; null:
 * remove the mark), or — with {@code cell} "ATTENDANCE" — the student's attendance ({@code attendance}; null:
 * present). {@code cell} null or "MARK": a mark.
 */
public record NewChangeRequest(Long studentId, int position, Integer value, Integer value2, Long workKindId,
                               String reason, String cell, AttendanceCode attendance) {

    public boolean forAttendance() {
        return "ATTENDANCE".equals(cell);
    }
}
