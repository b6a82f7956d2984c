package org.zhurnal.diary.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.diary.domain.WeightedAverage;

/** Builds «Оценки»: a line per subject of the period's lessons or marks, its marks by date and the average. */
final class SubjectMarks {

    private SubjectMarks() {
    }

    static MarksReport report(long studentPersonId, PeriodView period, List<LessonRow> lessons, StudentEntries entries,
                              Map<Long, String> finalMarks) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        lessons.forEach(l -> subjects.putIfAbsent(l.subjectId(), l.subject()));
        entries.marks().forEach(m -> subjects.putIfAbsent(m.subjectId(), m.subject()));
        List<SubjectMarksView> lines = new ArrayList<>();
        subjects.forEach((subjectId, name) -> {
            WeightedAverage average = new WeightedAverage();
            List<MarkView> marks = entries.marks().stream().filter(m -> m.subjectId() == subjectId)
                    .peek(m -> average.add(m.value(), m.value2(), m.weight()))
                    .map(MarkView::of)
                    .toList();
            lines.add(new SubjectMarksView(subjectId, name, marks, average.value().orElse(null),
                    finalMarks.get(subjectId)));
        });
        lines.sort(Comparator.comparing(SubjectMarksView::subject).thenComparingLong(SubjectMarksView::subjectId));
        return new MarksReport(studentPersonId, period, lines);
    }
}
