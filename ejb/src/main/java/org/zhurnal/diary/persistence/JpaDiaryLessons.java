package org.zhurnal.diary.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.zhurnal.diary.application.LessonRow;

/**
 * The lessons of some classes over some dates, read-only (lessons belong to the journal and timetable
 * features). Names the school years, so PostgreSQL prunes to their partitions, and walks
 * {@code lesson_class_date_ix (school_class_id, lesson_date, slot_number)} — one index range per class;
 * subject, room, teachers and group by primary key. See docs/api-diary.md, "Query plans".
 */
@ApplicationScoped
public class JpaDiaryLessons {

    public static final String LESSONS = "SELECT l.id, l.lesson_date, l.slot_number, l.starts_at, l.ends_at, "
            + "l.school_class_id, l.class_group_id, g.name AS group_name, l.subject_id, s.name AS subject, r.name AS room, "
            + "t.surname, t.given_name, t.patronymic, st.surname AS s_surname, st.given_name AS s_given, "
            + "st.patronymic AS s_patronymic, l.state, l.change_note, l.topic, l.homework, l.homework_none "
            + "FROM lesson l JOIN subject s ON s.id = l.subject_id "
            + "LEFT JOIN class_group g ON g.id = l.class_group_id "
            + "LEFT JOIN room r ON r.id = l.room_id "
            + "LEFT JOIN person t ON t.id = l.teacher_person_id "
            + "LEFT JOIN person st ON st.id = l.substitute_person_id "
            + "WHERE l.school_year IN (:years) AND l.school_class_id IN (:classes) "
            + "AND l.lesson_date BETWEEN :from AND :to "
            + "ORDER BY l.lesson_date, l.slot_number, l.starts_at, l.id";

    @Inject
    EntityManager em;

    public List<LessonRow> lessons(Collection<Integer> schoolYears, Collection<Long> classIds, LocalDate from,
                                   LocalDate to) {
        if (schoolYears.isEmpty() || classIds.isEmpty()) {
            return List.of();
        }
        return Rows.of(em.createNativeQuery(LESSONS)
                        .setParameter("years", schoolYears.stream().map(Integer::shortValue).toList())
                        .setParameter("classes", List.copyOf(classIds))
                        .setParameter("from", from)
                        .setParameter("to", to))
                .stream().map(JpaDiaryLessons::lesson).toList();
    }

    private static LessonRow lesson(Object[] row) {
        return new LessonRow(Rows.id(row[0]), Rows.date(row[1]), Rows.integer(row[2]), Rows.time(row[3]),
                Rows.time(row[4]), Rows.id(row[5]), Rows.id(row[6]), (String) row[7], Rows.id(row[8]), (String) row[9],
                (String) row[10], Rows.initials(row[11], row[12], row[13]), Rows.initials(row[14], row[15], row[16]),
                "CANCELLED".equals(row[17]), (String) row[18], (String) row[19], (String) row[20], Rows.flag(row[21]));
    }
}
