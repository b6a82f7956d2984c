package org.zhurnal.diary.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhurnal.diary.application.AttendanceSummary.Line;
import org.zhurnal.diary.application.StudentEntries.AttendanceRow;

/** Counts «Посещаемость»: the student's held lessons per subject and the Н/Б/У marked on them. */
final class AttendanceCount {

    private AttendanceCount() {
    }

    static AttendanceSummary summary(long studentPersonId, PeriodView period, List<LessonRow> lessons,
                                     List<AttendanceRow> attendance) {
        List<LessonRow> held = lessons.stream().filter(l -> !l.cancelled()).toList();
        Map<Long, Long> subjectOfLesson = held.stream().collect(Collectors.toMap(LessonRow::id, LessonRow::subjectId));
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (LessonRow lesson : held) {
            names.putIfAbsent(lesson.subjectId(), lesson.subject());
            counts.computeIfAbsent(lesson.subjectId(), id -> new int[4])[0]++;
        }
        for (AttendanceRow row : attendance) {
            Long subject = subjectOfLesson.get(row.lessonId());
            if (subject == null) {
                continue;
            }
            int column = switch (row.code()) {
                case "ABSENT" -> 1;
                case "ILL" -> 2;
                default -> 3;
            };
            counts.get(subject)[column]++;
        }
        int[] total = new int[4];
        List<Line> lines = names.entrySet().stream().map(subject -> {
            int[] c = counts.get(subject.getKey());
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
            return new Line(subject.getKey(), subject.getValue(), c[0], c[1], c[2], c[3]);
        }).sorted(Comparator.comparing(Line::subject)).toList();
        return new AttendanceSummary(studentPersonId, period, lines,
                new Line(null, "Всего", total[0], total[1], total[2], total[3]));
    }
}
