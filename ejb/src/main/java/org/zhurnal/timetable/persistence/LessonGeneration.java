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
 * Dated lessons from the weekly timetable, in bulk. The rule is the database function
 * {@code timetable_generate_lessons} (migration V17; one {@code INSERT … SELECT} over {@code generate_series}, so
 * that the demo data uses the very same rule): a lesson is made for an entry on a day when the entry and its
 * assignment are valid that day, the weekday is the entry's and a working day of the school's week, the day is
 * not a day off, it lies in a reporting period (holidays between periods have none), and the week is the entry's
 * (A, B or every; week A is the week containing the year's first day, as
 * {@link org.zhurnal.timetable.domain.SchoolWeeks}). A stream's lesson is one row per class of the stream.
 * Idempotent: a day that already has the entry's lesson for the class, or from which the lesson was moved away,
 * gets none; a per-year advisory lock keeps two runs from both inserting. Removing blank lessons is here too.
 */
@ApplicationScoped
public class LessonGeneration {

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

    /**
     * Creates the missing lessons of the year (of one entry when {@code entryId} is given) from {@code from} to
     * {@code to}; returns how many.
     */
    public int generate(long yearId, LocalDate from, LocalDate to, Long entryId) {
        return ((Number) em.createNativeQuery("SELECT timetable_generate_lessons(:year, :from, :to, :entry)")
                .setParameter("year", yearId).setParameter("from", from).setParameter("to", to)
                .setParameter("entry", entryId == null ? 0L : entryId).getSingleResult()).intValue();
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
}
