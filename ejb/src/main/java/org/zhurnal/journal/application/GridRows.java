package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.application.GridReads.CellValue;
import org.zhurnal.journal.application.JournalGrid.Cell;
import org.zhurnal.journal.application.JournalGrid.Column;
import org.zhurnal.journal.application.JournalGrid.Row;
import org.zhurnal.journal.application.LessonPage.MarkRow;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.FinalMarks;
import org.zhurnal.journal.domain.FinalMarks.Weighted;

/**
 * The grid's rows from its columns and the period's cells: cells of the shown lessons only (a group's grid
 * skips the whole-class lessons), a student's weighted average and proposed final mark over them.
 */
final class GridRows {

    private final Set<Long> lessonIds = new HashSet<>();
    private final boolean halfYear;

    private final Map<Long, FinalSheet.Decided> finals;

    GridRows(List<Column> columns, boolean halfYear, Map<Long, FinalSheet.Decided> finals) {
        columns.forEach(c -> lessonIds.add(c.id()));
        this.halfYear = halfYear;
        this.finals = finals;
    }

    List<Row> rows(List<PersonItem> students, List<CellValue> values) {
        Map<Long, Map<Long, List<CellValue>>> byStudent = new LinkedHashMap<>();
        for (CellValue value : values) {
            if (lessonIds.contains(value.lessonId())) {
                byStudent.computeIfAbsent(value.studentId(), s -> new TreeMap<>())
                        .computeIfAbsent(value.lessonId(), l -> new ArrayList<>()).add(value);
            }
        }
        return students.stream().map(s -> row(s, byStudent.getOrDefault(s.personId(), Map.of()))).toList();
    }

    private Row row(PersonItem student, Map<Long, List<CellValue>> byLesson) {
        List<Cell> cells = new ArrayList<>();
        List<Weighted> weighted = new ArrayList<>();
        byLesson.forEach((lessonId, values) -> {
            AttendanceCode attendance = null;
            List<MarkRow> marks = new ArrayList<>();
            for (CellValue v : values) {
                if (v.attendance() != null) {
                    attendance = v.attendance();
                } else {
                    marks.add(new MarkRow(v.position(), v.value(), v.value2(), v.workKindId(), v.weight(), v.comment()));
                    weighted.add(new Weighted(v.value(), v.weight()));
                    if (v.value2() != null) {
                        weighted.add(new Weighted(v.value2(), v.weight()));
                    }
                }
            }
            marks.sort(Comparator.comparingInt(MarkRow::position));
            cells.add(new Cell(lessonId, attendance, marks));
        });
        Optional<BigDecimal> average = FinalMarks.average(weighted);
        Optional<Integer> proposed = FinalMarks.proposed(weighted, halfYear);
        return new Row(student.personId(), student.displayName(), cells, average.orElse(null), weighted.size(),
                proposed.orElse(null), proposed.isEmpty(), finals.get(student.personId()));
    }
}
