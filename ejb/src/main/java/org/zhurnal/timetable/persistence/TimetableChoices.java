package org.zhurnal.timetable.persistence;

import static org.zhurnal.timetable.persistence.Cells.id;
import static org.zhurnal.timetable.persistence.Cells.number;
import static org.zhurnal.timetable.persistence.Cells.shortName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.timetable.application.TimetableOptions;
import org.zhurnal.timetable.application.TimetableOptions.Assignment;
import org.zhurnal.timetable.application.TimetableOptions.Bells;
import org.zhurnal.timetable.application.TimetableOptions.Named;
import org.zhurnal.timetable.application.TimetableOptions.Slot;

/** The choices of the timetable editor, in native SQL. */
@ApplicationScoped
public class TimetableChoices {

    @Inject
    EntityManager em;

    public TimetableOptions of(long schoolId, long classId, LocalDate day) {
        return new TimetableOptions(assignments(schoolId, classId, day), rooms(schoolId), bells(schoolId),
                teachers(schoolId, day));
    }

    /** The classes of the year, by grade and letter («5А»). */
    public List<Named> classes(long yearId) {
        return TimetableEntries.rows(em.createNativeQuery("SELECT id, grade, letter FROM school_class "
                        + "WHERE academic_year_id = :year ORDER BY grade, letter").setParameter("year", yearId))
                .stream().map(row -> new Named(id(row[0]), number(row[1]) + (String) row[2])).toList();
    }

    private List<Assignment> assignments(long schoolId, long classId, LocalDate day) {
        return TimetableEntries.rows(em.createNativeQuery("""
                        SELECT a.id, s.name, p.surname, p.given_name, p.patronymic, g.name, st.name
                        FROM teaching_assignment a
                        JOIN subject s ON s.id = a.subject_id
                        JOIN person p ON p.id = a.teacher_person_id
                        LEFT JOIN class_group g ON g.id = a.class_group_id
                        LEFT JOIN stream st ON st.id = a.stream_id
                        WHERE a.school_id = :school AND (a.school_class_id = :class OR a.stream_id IN
                              (SELECT sc.stream_id FROM stream_class sc WHERE sc.school_class_id = :class))
                          AND (a.valid_to IS NULL OR a.valid_to > :day)
                        ORDER BY s.name, g.name NULLS FIRST, a.id""")
                        .setParameter("school", schoolId).setParameter("class", classId).setParameter("day", day))
                .stream().map(row -> new Assignment(id(row[0]), (String) row[1], shortName(row, 2), (String) row[5],
                        (String) row[6])).toList();
    }

    private List<Named> rooms(long schoolId) {
        return TimetableEntries.rows(em.createNativeQuery("SELECT id, name FROM room WHERE school_id = :school "
                        + "ORDER BY name, id").setParameter("school", schoolId))
                .stream().map(row -> new Named(id(row[0]), (String) row[1])).toList();
    }

    private List<Bells> bells(long schoolId) {
        Map<Long, Bells> schedules = new LinkedHashMap<>();
        for (Object[] row : TimetableEntries.rows(em.createNativeQuery("""
                        SELECT b.id, b.name, bs.number, bs.starts_at, bs.ends_at FROM bell_schedule b
                        JOIN bell_slot bs ON bs.bell_schedule_id = b.id WHERE b.school_id = :school
                        ORDER BY b.id, bs.number""").setParameter("school", schoolId))) {
            schedules.computeIfAbsent(id(row[0]), key -> new Bells(key, (String) row[1], new ArrayList<>()))
                    .slots().add(new Slot(number(row[2]), Cells.time(row[3]), Cells.time(row[4])));
        }
        return List.copyOf(schedules.values());
    }

    private List<Named> teachers(long schoolId, LocalDate day) {
        return TimetableEntries.rows(em.createNativeQuery("""
                        SELECT DISTINCT p.id, p.surname, p.given_name, p.patronymic FROM staff_position sp
                        JOIN person p ON p.id = sp.person_id
                        WHERE sp.school_id = :school AND sp.position = 'TEACHER' AND sp.valid_from <= :day
                          AND (sp.valid_to IS NULL OR sp.valid_to >= :day)
                        ORDER BY p.surname, p.given_name, p.patronymic, p.id""")
                        .setParameter("school", schoolId).setParameter("day", day))
                .stream().map(row -> new Named(id(row[0]), shortName(row, 1))).toList();
    }
}
