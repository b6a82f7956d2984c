package org.zhurnal.timetable.persistence;

import static org.zhurnal.timetable.persistence.Cells.date;
import static org.zhurnal.timetable.persistence.Cells.id;
import static org.zhurnal.timetable.persistence.Cells.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.timetable.application.KeptLesson;

/**
 * Dated lessons from the weekly timetable, in bulk: one {@code INSERT … SELECT} over the days of a range
 * ({@code generate_series}). A lesson is made for an entry on a day when the entry and its assignment are valid
 * that day, the weekday is the entry's and a working day of the school's week, the day is not a day off, it lies
 * in a reporting period (holidays between periods have none), and the week is the entry's (A, B or every; week A
 * is the week containing the year's first day, as {@link org.zhurnal.timetable.domain.SchoolWeeks}). A stream's
 * lesson is one row per class of the stream. Idempotent: a day that already has the entry's lesson for the class,
 * or from which the lesson was moved away, gets none. Runs under a per-year advisory lock so that two runs never
 * both insert.
 */
@ApplicationScoped
public class LessonGeneration {

    private static final String GENERATE = """
            INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, class_group_id, stream_id,
                subject_id, teaching_assignment_id, timetable_entry_id, lesson_date, slot_number, starts_at, ends_at,
                teacher_person_id, room_id)
            SELECT :schoolYear, e.school_id, e.academic_year_id, coalesce(a.school_class_id, sc.school_class_id),
                   a.class_group_id, a.stream_id, a.subject_id, a.id, e.id, d.day, e.slot_number, bs.starts_at,
                   bs.ends_at, a.teacher_person_id, e.room_id
            FROM timetable_entry e
            JOIN academic_year y ON y.id = e.academic_year_id
            JOIN teaching_assignment a ON a.id = e.teaching_assignment_id
            JOIN bell_slot bs ON bs.bell_schedule_id = e.bell_schedule_id AND bs.number = e.slot_number
            LEFT JOIN stream_class sc ON sc.stream_id = a.stream_id
            CROSS JOIN LATERAL (
                SELECT g::date AS day FROM generate_series(
                    greatest(e.valid_from, a.valid_from, y.starts_on, CAST(:from AS date)),
                    least(coalesce(e.valid_to - 1, y.ends_on), coalesce(a.valid_to - 1, y.ends_on), y.ends_on,
                          CAST(:to AS date)),
                    interval '1 day') AS g
            ) d
            WHERE e.academic_year_id = :year AND (CAST(:entry AS bigint) = 0 OR e.id = CAST(:entry AS bigint))
              AND extract(isodow FROM d.day) = e.weekday
              AND e.weekday <= CASE y.working_week WHEN 'SIX_DAYS' THEN 6 ELSE 5 END
              AND (e.week_kind = 'EVERY' OR e.week_kind =
                   CASE WHEN ((d.day - date_trunc('week', y.starts_on)::date) / 7) % 2 = 0 THEN 'A' ELSE 'B' END)
              AND NOT EXISTS (SELECT 1 FROM non_working_day n WHERE n.academic_year_id = y.id AND n.day = d.day)
              AND EXISTS (SELECT 1 FROM reporting_period p
                          WHERE p.academic_year_id = y.id AND d.day BETWEEN p.starts_on AND p.ends_on)
              AND NOT EXISTS (SELECT 1 FROM lesson l
                              WHERE l.school_year = :schoolYear AND l.timetable_entry_id = e.id AND l.lesson_date = d.day
                                AND l.school_class_id = coalesce(a.school_class_id, sc.school_class_id))
              AND NOT EXISTS (SELECT 1 FROM lesson_change m
                              WHERE m.kind = 'MOVE' AND m.timetable_entry_id = e.id AND m.from_date = d.day)
            """;

    /** A lesson holding nothing of the journal and never substituted: it may be removed and made again. */
    private static final String BLANK = """
            l.topic IS NULL AND l.plan_topic_id IS NULL AND l.homework IS NULL AND NOT l.homework_none
            AND NOT EXISTS (SELECT 1 FROM mark m WHERE m.school_year = l.school_year AND m.lesson_id = l.id)
            AND NOT EXISTS (SELECT 1 FROM mark_change m WHERE m.school_year = l.school_year AND m.lesson_id = l.id)
            AND NOT EXISTS (SELECT 1 FROM attendance t WHERE t.school_year = l.school_year AND t.lesson_id = l.id)
            AND NOT EXISTS (SELECT 1 FROM attendance_change t WHERE t.school_year = l.school_year AND t.lesson_id = l.id)
            AND NOT EXISTS (SELECT 1 FROM lesson_change c WHERE c.school_year = l.school_year AND c.lesson_id = l.id)
            """;

    @Inject
    EntityManager em;

    /** Creates the missing lessons of the year (of one entry when {@code entryId} is given) from {@code from} to {@code to}. */
    public int generate(long yearId, int schoolYear, LocalDate from, LocalDate to, Long entryId) {
        lockYear(yearId);
        return em.createNativeQuery(GENERATE).setParameter("schoolYear", schoolYear).setParameter("year", yearId)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("entry", entryId == null ? 0L : entryId).executeUpdate();
    }

    /** Removes the entry's blank lessons from {@code from} on; returns how many. */
    public int removeBlank(long entryId, int schoolYear, LocalDate from) {
        return em.createNativeQuery("DELETE FROM lesson l WHERE l.school_year = :schoolYear "
                        + "AND l.timetable_entry_id = :entry AND l.lesson_date >= :from AND " + BLANK)
                .setParameter("schoolYear", schoolYear).setParameter("entry", entryId).setParameter("from", from)
                .executeUpdate();
    }

    /** The entry's lessons from {@code from} on, as kept: after {@link #removeBlank} only those holding data. */
    public List<KeptLesson> remaining(long entryId, int schoolYear, LocalDate from) {
        return TimetableEntries.rows(em.createNativeQuery("SELECT l.id, l.lesson_date, l.slot_number, l.school_class_id "
                        + "FROM lesson l WHERE l.school_year = :schoolYear AND l.timetable_entry_id = :entry "
                        + "AND l.lesson_date >= :from ORDER BY l.lesson_date, l.school_class_id")
                .setParameter("schoolYear", schoolYear).setParameter("entry", entryId).setParameter("from", from))
                .stream().map(row -> new KeptLesson(id(row[0]), date(row[1]), number(row[2]), id(row[3]))).toList();
    }

    private void lockYear(long yearId) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7211, CAST(:year AS integer))) AS locked")
                .setParameter("year", yearId).getSingleResult();
    }
}
