package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.journal.application.TeacherDay;
import org.zhurnal.journal.application.TeacherDays;
import org.zhurnal.journal.application.TeacherDay.DayLesson;
import org.zhurnal.journal.application.TeacherDay.Teaching;

/**
 * A teacher's day in two queries. A date belongs to the school year that started in its calendar year or the
 * year before, so the lessons' query names both school_years (two partitions, by the teacher's indexes).
 */
@ApplicationScoped
public class JpaTeacherDays implements TeacherDays {

    private static final String LESSONS = "SELECT l.id, l.slot_number, l.starts_at, l.ends_at, l.school_class_id, c.grade, "
            + "c.letter, l.class_group_id, g.name, l.subject_id, s.name, l.state, "
            + "(l.substitute_person_id = ?1), l.topic, l.version FROM lesson l "
            + "JOIN school_class c ON c.id = l.school_class_id JOIN subject s ON s.id = l.subject_id "
            + "LEFT JOIN class_group g ON g.id = l.class_group_id WHERE l.school_year IN (?3, ?4) AND l.lesson_date = ?2 "
            + "AND (l.teacher_person_id = ?1 OR l.substitute_person_id = ?1) ORDER BY l.slot_number, l.id";
    private static final String TEACHING = "SELECT DISTINCT c.id, c.grade, c.letter, g.id, g.name, s.id, s.name "
            + "FROM teaching_assignment ta JOIN subject s ON s.id = ta.subject_id "
            + "LEFT JOIN stream_class sc ON sc.stream_id = ta.stream_id "
            + "JOIN school_class c ON c.id = COALESCE(ta.school_class_id, sc.school_class_id) "
            + "LEFT JOIN class_group g ON g.id = ta.class_group_id WHERE ta.teacher_person_id = ?1 "
            + "AND ta.valid_from <= ?2 AND (ta.valid_to IS NULL OR ta.valid_to > ?2) ORDER BY c.grade, c.letter, s.name, g.name";

    @Inject
    EntityManager em;

    @Override
    public TeacherDay of(Long personId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> lessons = em.createNativeQuery(LESSONS).setParameter(1, personId).setParameter(2, date)
                .setParameter(3, date.getYear() - 1).setParameter(4, date.getYear()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> teaching = em.createNativeQuery(TEACHING).setParameter(1, personId).setParameter(2, date)
                .getResultList();
        return new TeacherDay(date.toString(), lessons.stream().map(r -> new DayLesson(Rows.id(r[0]),
                ((Number) r[1]).intValue(), Rows.time(r[2]).toString(), Rows.time(r[3]).toString(), Rows.id(r[4]), className(r[5], r[6]), Rows.id(r[7]), (String) r[8],
                Rows.id(r[9]), (String) r[10], (String) r[11], Boolean.TRUE.equals(r[12]), (String) r[13],
                ((Number) r[14]).intValue())).toList(),
                teaching.stream().map(r -> new Teaching(Rows.id(r[0]), className(r[1], r[2]), Rows.id(r[3]), (String) r[4],
                        Rows.id(r[5]), (String) r[6])).toList());
    }

    private static String className(Object grade, Object letter) {
        return new ClassName(((Number) grade).intValue(), (String) letter).toString();
    }
}
