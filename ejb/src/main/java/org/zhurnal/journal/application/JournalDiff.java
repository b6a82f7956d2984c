package org.zhurnal.journal.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.journal.application.JournalEdit.MarkInput;
import org.zhurnal.journal.application.JournalEdit.StudentCells;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.JournalRules;
import org.zhurnal.journal.domain.MarkCell;
import org.zhurnal.journal.domain.MarkValue;
import org.zhurnal.journal.domain.WorkKind;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * Compares a save with the lesson's current cells and checks every change against the rules: only what
 * differs becomes a change (a save of an unchanged grid column writes nothing), and any change the rules
 * refuse refuses the whole save.
 */
final class JournalDiff {

    static final int COMMENT_MAX = 500;
    static final int POSITIONS = 5;

    private final JournalRules rules;
    private final Map<Long, WorkKind> kinds;
    private final Set<Long> studentsOnList;

    JournalDiff(JournalRules rules, Map<Long, WorkKind> kinds, Set<Long> studentsOnList) {
        this.rules = rules;
        this.kinds = kinds;
        this.studentsOnList = studentsOnList;
    }

    CellChanges between(List<MarkCell> currentMarks, Map<Long, AttendanceCode> currentAttendance,
                        List<StudentCells> students) {
        Map<Long, Map<Integer, MarkCell>> marksByStudent = new HashMap<>();
        currentMarks.forEach(m -> marksByStudent.computeIfAbsent(m.studentId(), s -> new HashMap<>()).put(m.position(), m));
        CellChanges changes = new CellChanges();
        Set<Long> seen = new HashSet<>();
        for (StudentCells student : students) {
            Long id = student.studentId();
            if (id == null || !studentsOnList.contains(id)) {
                throw new InvalidInputException("students", "Обучающегося нет в списке класса (группы) на дату урока");
            }
            if (!seen.add(id)) {
                throw new InvalidInputException("students", "Обучающийся указан в запросе дважды");
            }
            AttendanceCode before = currentAttendance.get(id);
            if (before != student.attendance()) {
                rules.checkAttendance();
                changes.attendance(id, before, student.attendance());
            }
            marks(id, marksByStudent.getOrDefault(id, Map.of()), student.marks(), changes);
        }
        return changes;
    }

    private void marks(Long studentId, Map<Integer, MarkCell> current, List<MarkInput> wanted, CellChanges changes) {
        Map<Integer, MarkCell> desired = new HashMap<>();
        for (MarkInput input : wanted) {
            MarkCell cell = cell(studentId, input);
            if (desired.put(cell.position(), cell) != null) {
                throw new InvalidInputException("marks", "У обучающегося две отметки в одной позиции урока");
            }
        }
        Set<Integer> positions = new HashSet<>(current.keySet());
        positions.addAll(desired.keySet());
        for (Integer position : positions.stream().sorted().toList()) {
            MarkCell before = current.get(position);
            MarkCell after = desired.get(position);
            if (before == null ? after == null : before.sameAs(after)) {
                continue;
            }
            WorkKind beforeKind = before == null ? null
                    : kinds.getOrDefault(before.workKindId(), WorkKind.unknown(before.workKindId()));
            rules.checkMark(beforeKind, after == null ? null : kinds.get(after.workKindId()),
                    after == null ? null : after.value());
            changes.mark(before, after);
        }
    }

    private MarkCell cell(Long studentId, MarkInput input) {
        if (input.position() < 1 || input.position() > POSITIONS) {
            throw new InvalidInputException("marks", "На уроке у обучающегося может быть не больше " + POSITIONS + " отметок");
        }
        WorkKind kind = input.workKindId() == null ? null : kinds.get(input.workKindId());
        if (kind == null) {
            throw new InvalidInputException("marks", "Выберите вид работы для отметки");
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new InvalidInputException("marks", "Комментарий к отметке — не длиннее " + COMMENT_MAX + " символов");
        }
        return new MarkCell(studentId, input.position(), new MarkValue(input.value(), input.value2()), kind.id(),
                kind.weight(), comment);
    }
}
