package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhurnal.federal.application.ChangedFinalMark;
import org.zhurnal.federal.application.ChangedLesson;
import org.zhurnal.federal.application.ChangedLesson.Score;
import org.zhurnal.federal.application.ChangedLesson.StudentEntry;
import org.zhurnal.federal.application.JournalChanges;

/**
 * Reads a window of journal changes in four queries: the changed lessons with their school, class, group and
 * subject; all their marks; all their attendance; the final marks confirmed in the window. A lesson changed when
 * its topic, homework or state was written, or a mark or attendance of it was set or changed (deletions are in
 * the change tables), so a deleted mark is sent as the lesson's current state without it.
 */
@ApplicationScoped
public class JournalChangeQueries {

    private static final String CHANGED = """
            WITH changed AS (
                SELECT school_year, id AS lesson_id FROM lesson
                 WHERE COALESCE(updated_at, created_at) > ?1 AND COALESCE(updated_at, created_at) <= ?2
                   AND (topic IS NOT NULL OR homework IS NOT NULL OR homework_none OR state <> 'SCHEDULED')
                UNION SELECT school_year, lesson_id FROM mark WHERE set_at > ?1 AND set_at <= ?2
                UNION SELECT school_year, lesson_id FROM attendance WHERE set_at > ?1 AND set_at <= ?2
                UNION SELECT school_year, lesson_id FROM mark_change WHERE changed_at > ?1 AND changed_at <= ?2
                UNION SELECT school_year, lesson_id FROM attendance_change WHERE changed_at > ?1 AND changed_at <= ?2)
            """;

    @Inject
    EntityManager em;

    public JournalChanges changes(Instant from, Instant to) {
        Map<Long, Map<Long, StudentBuilder>> students = new TreeMap<>();
        for (Object[] r : rows(CHANGED + """
                SELECT m.lesson_id, m.student_person_id, m.position, k.code, m.weight, m.value, m.value2
                  FROM changed ch JOIN mark m ON m.school_year = ch.school_year AND m.lesson_id = ch.lesson_id
                  JOIN work_kind k ON k.id = m.work_kind_id
                 ORDER BY m.lesson_id, m.student_person_id, m.position""", from, to)) {
            student(students, num(r[0]), num(r[1])).scores.add(new Score((int) num(r[2]), (String) r[3],
                    r[4].toString(), (int) num(r[5]), r[6] == null ? null : (int) num(r[6])));
        }
        for (Object[] r : rows(CHANGED + """
                SELECT a.lesson_id, a.student_person_id, a.code
                  FROM changed ch JOIN attendance a ON a.school_year = ch.school_year AND a.lesson_id = ch.lesson_id""",
                from, to)) {
            student(students, num(r[0]), num(r[1])).attendance = (String) r[2];
        }
        List<ChangedLesson> lessons = new ArrayList<>();
        for (Object[] r : rows(CHANGED + """
                SELECT l.id, l.school_id, s.inn, l.school_class_id, c.grade, c.letter, l.class_group_id, g.name,
                       l.subject_id, sub.name, l.lesson_date, l.slot_number, l.starts_at, l.ends_at, l.state,
                       l.substitute_person_id IS NOT NULL, l.topic, l.homework, l.homework_none
                  FROM changed ch JOIN lesson l ON l.school_year = ch.school_year AND l.id = ch.lesson_id
                  JOIN school s ON s.id = l.school_id JOIN school_class c ON c.id = l.school_class_id
                  JOIN subject sub ON sub.id = l.subject_id LEFT JOIN class_group g ON g.id = l.class_group_id
                 ORDER BY l.school_id, l.school_class_id, l.lesson_date, l.slot_number, l.id""", from, to)) {
            long lessonId = num(r[0]);
            List<StudentEntry> entries = students.getOrDefault(lessonId, Map.of()).entrySet().stream()
                    .map(e -> new StudentEntry(e.getKey(), e.getValue().attendance, List.copyOf(e.getValue().scores)))
                    .toList();
            lessons.add(new ChangedLesson(lessonId, num(r[1]), (String) r[2], num(r[3]), (int) num(r[4]),
                    (String) r[5], r[6] == null ? null : num(r[6]), (String) r[7], num(r[8]), (String) r[9],
                    date(r[10]), (int) num(r[11]), time(r[12]), time(r[13]), (String) r[14], (Boolean) r[15],
                    (String) r[16], (String) r[17], (Boolean) r[18], entries));
        }
        List<ChangedFinalMark> finals = rows("""
                SELECT f.school_id, s.inn, f.school_class_id, f.subject_id, sub.name, f.student_person_id,
                       f.period_number, f.value, f.not_attested
                  FROM final_mark f JOIN school s ON s.id = f.school_id JOIN subject sub ON sub.id = f.subject_id
                 WHERE f.state = 'CONFIRMED' AND f.set_at > ?1 AND f.set_at <= ?2
                 ORDER BY f.school_id, f.school_class_id, f.subject_id, f.student_person_id, f.period_number,
                          f.version""", from, to).stream()
                .map(r -> new ChangedFinalMark(num(r[0]), (String) r[1], num(r[2]), num(r[3]), (String) r[4],
                        num(r[5]), (int) num(r[6]), r[7] == null ? null : (int) num(r[7]), (Boolean) r[8]))
                .toList();
        return new JournalChanges(from, to, lessons, finals);
    }

    private static StudentBuilder student(Map<Long, Map<Long, StudentBuilder>> students, long lessonId, long student) {
        return students.computeIfAbsent(lessonId, k -> new LinkedHashMap<>())
                .computeIfAbsent(student, k -> new StudentBuilder());
    }

    private List<Object[]> rows(String sql, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC)).getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static LocalTime time(Object value) {
        return value instanceof LocalTime t ? t : ((Time) value).toLocalTime();
    }

    private static final class StudentBuilder {
        private String attendance;
        private final List<Score> scores = new ArrayList<>();
    }
}
