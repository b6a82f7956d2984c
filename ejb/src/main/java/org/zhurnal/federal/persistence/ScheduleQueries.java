package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhurnal.diary.domain.EnrolmentTimeline;
import org.zhurnal.federal.application.ScheduleClass;
import org.zhurnal.federal.application.ScheduleLesson;
import org.zhurnal.federal.application.ScheduleLesson.Score;
import org.zhurnal.federal.application.ScheduleRange;

/**
 * A student's schedule in five queries whatever its size: the student by ESIA id (the account's oid, its confirmed
 * binding, a student record; or the oid a parent's children list gave the card, {@code student_esia_id}), their
 * enrolment events with classes and schools, the lessons of those classes in the range (then kept only on the days
 * the student was in the class and group, so a mid-range transfer shows both classes), and the student's own marks
 * and attendance in the range. Indexes: {@code esia_account} and {@code student_esia_id} primary keys,
 * {@code account_binding_account_ix}, {@code enrolment_event_person_ix}, {@code lesson_class_date_ix},
 * {@code mark_student_ix}, {@code attendance_student_ix}; school years named so partitions are pruned.
 */
@ApplicationScoped
public class ScheduleQueries {

    /** The student's own sign-in first; else the oid a parent's children list gave the card (V42). */
    private static final String STUDENT = """
            SELECT b.person_id FROM esia_account a
              JOIN account_binding b ON b.issuer = a.issuer AND b.subject = a.subject AND b.state = 'CONFIRMED'
             WHERE a.esia_oid = :oid AND EXISTS (SELECT 1 FROM student s WHERE s.person_id = b.person_id)
            UNION ALL
            SELECT e.person_id FROM student_esia_id e
             WHERE e.esia_oid = :oid AND EXISTS (SELECT 1 FROM student s WHERE s.person_id = e.person_id)""";

    private static final String EVENTS = """
            SELECT e.id, e.kind, e.school_class_id, e.class_group_id, e.effective_on, c.school_id, s.inn,
                   s.short_name, c.grade, c.letter
              FROM enrolment_event e JOIN school_class c ON c.id = e.school_class_id
              JOIN school s ON s.id = c.school_id
             WHERE e.person_id = :student ORDER BY e.effective_on, e.id""";

    private static final String LESSONS = """
            SELECT l.id, l.lesson_date, l.slot_number, l.starts_at, l.ends_at, l.state, l.school_class_id,
                   l.class_group_id, g.name, l.subject_id, sub.name, l.substitute_person_id IS NOT NULL, l.topic,
                   l.homework, l.homework_none
              FROM lesson l JOIN subject sub ON sub.id = l.subject_id LEFT JOIN class_group g ON g.id = l.class_group_id
             WHERE l.school_year IN (:years) AND l.school_class_id IN (:classes) AND l.lesson_date BETWEEN :start AND :end
             ORDER BY l.lesson_date, l.slot_number, l.starts_at, l.id""";

    private static final String MARKS = """
            SELECT m.lesson_id, k.code, m.weight, m.value, m.value2
              FROM mark m JOIN work_kind k ON k.id = m.work_kind_id
             WHERE m.school_year IN (:years) AND m.student_person_id = :student
               AND m.lesson_date BETWEEN :start AND :end
             ORDER BY m.lesson_id, m.position""";

    private static final String ATTENDANCE = """
            SELECT a.lesson_id, a.code FROM attendance a
             WHERE a.school_year IN (:years) AND a.student_person_id = :student
               AND a.lesson_date BETWEEN :start AND :end""";

    @Inject
    EntityManager em;

    /** The person card of the student whose confirmed account has this ESIA id; empty for anybody else. */
    public Optional<Long> studentByEsiaOid(String oid) {
        List<?> ids = em.createNativeQuery(STUDENT).setParameter("oid", oid).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The student's lessons in the range, by class, with their own marks and attendance. */
    public List<ScheduleClass> schedule(long student, ScheduleRange range) {
        List<EnrolmentTimeline.Event> events = new ArrayList<>();
        Map<Long, Object[]> classInfo = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(EVENTS).setParameter("student", student))) {
            events.add(new EnrolmentTimeline.Event(num(r[0]), (String) r[1], num(r[2]),
                    r[3] == null ? null : num(r[3]), date(r[4])));
            classInfo.putIfAbsent(num(r[2]), r);
        }
        EnrolmentTimeline timeline = new EnrolmentTimeline(events);
        Set<Long> classes = timeline.classesBetween(range.start(), range.end());
        if (classes.isEmpty()) {
            return List.of();
        }
        List<Short> years = schoolYears(range);
        Map<Long, List<Score>> marks = new HashMap<>();
        for (Object[] r : rows(forStudent(MARKS, student, years, range))) {
            marks.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add(new Score((String) r[1],
                    ((BigDecimal) r[2]).stripTrailingZeros().toPlainString(), (int) num(r[3]),
                    r[4] == null ? null : (int) num(r[4])));
        }
        Map<Long, String> attendance = new HashMap<>();
        for (Object[] r : rows(forStudent(ATTENDANCE, student, years, range))) {
            attendance.put(num(r[0]), (String) r[1]);
        }
        Map<Long, List<ScheduleLesson>> byClass = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery(LESSONS).setParameter("years", years)
                .setParameter("classes", List.copyOf(classes)).setParameter("start", range.start())
                .setParameter("end", range.end()))) {
            long lessonId = num(r[0]);
            LocalDate date = date(r[1]);
            long classId = num(r[6]);
            Long groupId = r[7] == null ? null : num(r[7]);
            if (!timeline.attends(classId, groupId, date)) {
                continue;
            }
            byClass.computeIfAbsent(classId, k -> new ArrayList<>()).add(new ScheduleLesson(lessonId, date,
                    (int) num(r[2]), time(r[3]), time(r[4]), (String) r[5], num(r[9]), (String) r[10], groupId,
                    (String) r[8], (Boolean) r[11], (String) r[12], (String) r[13], (Boolean) r[14],
                    attendance.get(lessonId), marks.getOrDefault(lessonId, List.of())));
        }
        List<ScheduleClass> result = new ArrayList<>();
        byClass.forEach((classId, lessons) -> {
            Object[] c = classInfo.get(classId);
            result.add(new ScheduleClass(num(c[5]), (String) c[6], (String) c[7], classId, (int) num(c[8]),
                    (String) c[9], lessons));
        });
        return result;
    }

    private Query forStudent(String sql, long student, List<Short> years, ScheduleRange range) {
        return em.createNativeQuery(sql).setParameter("years", years).setParameter("student", student)
                .setParameter("start", range.start()).setParameter("end", range.end());
    }

    /** Lessons are partitioned by the calendar year their academic year starts in: a range touches at most two. */
    private static List<Short> schoolYears(ScheduleRange range) {
        Set<Short> years = new TreeSet<>();
        for (int year = range.start().getYear() - 1; year <= range.end().getYear(); year++) {
            years.add((short) year);
        }
        return List.copyOf(years);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
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
}
