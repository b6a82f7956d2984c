package org.zhurnal.journal.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one save, each with the old and the new value: what the history appends and the current
 * state then applies. {@code reason} and the approval are set for changes let through by a change request.
 */
public final class CellChanges {

    public enum Action { SET, CHANGE, REMOVE }

    public record MarkChange(Action action, Long studentId, int position, MarkCell before, MarkCell after) {
    }

    public record AttendanceChange(Long studentId, AttendanceCode before, AttendanceCode after) {
    }

    private final List<MarkChange> marks = new ArrayList<>();
    private final List<AttendanceChange> attendance = new ArrayList<>();

    public void mark(MarkCell before, MarkCell after) {
        MarkCell cell = after != null ? after : before;
        Action action = before == null ? Action.SET : after == null ? Action.REMOVE : Action.CHANGE;
        marks.add(new MarkChange(action, cell.studentId(), cell.position(), before, after));
    }

    public void attendance(Long studentId, AttendanceCode before, AttendanceCode after) {
        attendance.add(new AttendanceChange(studentId, before, after));
    }

    public List<MarkChange> marks() {
        return List.copyOf(marks);
    }

    public List<AttendanceChange> attendance() {
        return List.copyOf(attendance);
    }

    public boolean isEmpty() {
        return marks.isEmpty() && attendance.isEmpty();
    }
}
