package org.zhurnal.diary.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.zhurnal.diary.application.StudentEntries;
import org.zhurnal.diary.application.StudentEntries.AttendanceRow;
import org.zhurnal.diary.application.StudentEntries.MarkRow;

/**
 * One student's current marks and attendance over some dates in one round trip (UNION ALL), read-only.
 * Both halves name the school years (partition pruning) and the student: marks through
 * {@code mark_student_ix (student_person_id, subject_id, lesson_date)}, attendance through
 * {@code attendance_student_ix (student_person_id, lesson_date)}; the kind of work and the subject by primary key. The
 * denormalised lesson_date/subject_id of V13 mean no join to lessons.
 */
@ApplicationScoped
public class JpaStudentEntries {

    public static final String ENTRIES = "SELECT 'M' AS entry, m.lesson_id, m.lesson_date, m.subject_id, m.position, "
            + "m.value, m.value2, m.weight, k.name, k.short_name, m.comment, NULL AS code, s.name AS subject "
            + "FROM mark m JOIN work_kind k ON k.id = m.work_kind_id JOIN subject s ON s.id = m.subject_id "
            + "WHERE m.school_year IN (:years) AND m.student_person_id = :student AND m.lesson_date BETWEEN :from AND :to "
            + "UNION ALL "
            + "SELECT 'A', a.lesson_id, a.lesson_date, a.subject_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a.code, s.name "
            + "FROM attendance a JOIN subject s ON s.id = a.subject_id "
            + "WHERE a.school_year IN (:years) AND a.student_person_id = :student AND a.lesson_date BETWEEN :from AND :to "
            + "ORDER BY 3, 2, 5";

    @Inject
    EntityManager em;

    public StudentEntries entries(Collection<Integer> schoolYears, long studentPersonId, LocalDate from, LocalDate to) {
        List<MarkRow> marks = new ArrayList<>();
        List<AttendanceRow> attendance = new ArrayList<>();
        if (schoolYears.isEmpty()) {
            return new StudentEntries(marks, attendance);
        }
        for (Object[] row : Rows.of(em.createNativeQuery(ENTRIES)
                .setParameter("years", schoolYears.stream().map(Integer::shortValue).toList())
                .setParameter("student", studentPersonId)
                .setParameter("from", from)
                .setParameter("to", to))) {
            long lesson = Rows.id(row[1]);
            if ("M".equals(row[0])) {
                marks.add(new MarkRow(lesson, Rows.date(row[2]), Rows.id(row[3]), Rows.integer(row[4]),
                        Rows.integer(row[5]), Rows.integer(row[6]), Rows.decimal(row[7]), (String) row[8],
                        (String) row[9], (String) row[10], (String) row[12]));
            } else {
                attendance.add(new AttendanceRow(lesson, Rows.date(row[2]), Rows.id(row[3]), (String) row[12], (String) row[11]));
            }
        }
        return new StudentEntries(marks, attendance);
    }
}
