package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.journal.application.GridReads;
import org.zhurnal.journal.application.JournalGrid.Period;
import org.zhurnal.journal.domain.AttendanceCode;

/**
 * The grid's reads in native SQL. Lessons come by {@code lesson_class_date_ix}, marks by
 * {@code mark_class_subject_ix}, attendance by {@code attendance_class_date_ix}; every query names the
 * school_year, so PostgreSQL reads one partition.
 */
@ApplicationScoped
public class JpaGridReads implements GridReads {

    private static final String CLASS_YEAR = "SELECT c.school_id, c.grade, c.letter, y.id, "
            + "CAST(EXTRACT(YEAR FROM y.starts_on) AS integer), y.period_system, s.name "
            + "FROM school_class c JOIN academic_year y ON y.id = c.academic_year_id JOIN subject s ON s.id = ?2 "
            + "WHERE c.id = ?1";
    private static final String PERIODS = "SELECT id, number, starts_on, ends_on, closed_at IS NOT NULL "
            + "FROM reporting_period WHERE academic_year_id = ?1 ORDER BY number";
    private static final String LESSONS = "SELECT id, lesson_date, slot_number, state, topic, version, teacher_person_id, "
            + "substitute_person_id FROM lesson WHERE school_year = ?1 AND school_class_id = ?2 AND subject_id = ?3 "
            + "AND lesson_date BETWEEN ?4 AND ?5 AND %s ORDER BY lesson_date, slot_number, id";
    private static final String CELLS = "SELECT lesson_id, student_person_id, position, value, value2, work_kind_id, "
            + "weight, CAST(NULL AS text), comment FROM mark WHERE school_year = ?1 AND school_class_id = ?2 AND subject_id = ?3 "
            + "AND lesson_date BETWEEN ?4 AND ?5 UNION ALL SELECT lesson_id, student_person_id, NULL, NULL, NULL, NULL, "
            + "NULL, code, NULL FROM attendance WHERE school_year = ?1 AND school_class_id = ?2 AND subject_id = ?3 "
            + "AND lesson_date BETWEEN ?4 AND ?5";

    @Inject
    EntityManager em;

    @Override
    public Optional<ClassYear> classYear(Long classId, Long subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLASS_YEAR).setParameter(1, classId).setParameter(2, subjectId)
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Long yearId = Rows.id(r[3]);
            @SuppressWarnings("unchecked")
            List<Object[]> periods = em.createNativeQuery(PERIODS).setParameter(1, yearId).getResultList();
            return new ClassYear(Rows.id(r[0]), new ClassName(((Number) r[1]).intValue(), (String) r[2]).toString(), yearId,
                    ((Number) r[4]).intValue(), (String) r[5], (String) r[6], periods.stream().map(p -> new Period(
                    Rows.id(p[0]), ((Number) p[1]).intValue(), Rows.date(p[2]), Rows.date(p[3]),
                    Boolean.TRUE.equals(p[4]))).toList());
        });
    }

    @Override
    public List<LessonColumn> lessons(int schoolYear, Long classId, Long subjectId, Long groupId, LocalDate from,
                                      LocalDate to) {
        var query = em.createNativeQuery(LESSONS.formatted(groupId == null ? "class_group_id IS NULL" : "class_group_id = ?6"))
                .setParameter(1, schoolYear).setParameter(2, classId).setParameter(3, subjectId)
                .setParameter(4, from).setParameter(5, to);
        if (groupId != null) {
            query.setParameter(6, groupId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new LessonColumn(Rows.id(r[0]), Rows.date(r[1]), ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], ((Number) r[5]).intValue(), Rows.id(r[6]), Rows.id(r[7]))).toList();
    }

    @Override
    public List<CellValue> cells(int schoolYear, Long classId, Long subjectId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CELLS).setParameter(1, schoolYear).setParameter(2, classId)
                .setParameter(3, subjectId).setParameter(4, from).setParameter(5, to).getResultList();
        return rows.stream().map(r -> new CellValue(Rows.id(r[0]), Rows.id(r[1]), Rows.integer(r[2]), Rows.integer(r[3]),
                Rows.integer(r[4]), Rows.id(r[5]), (BigDecimal) r[6],
                r[7] == null ? null : AttendanceCode.valueOf((String) r[7]), (String) r[8])).toList();
    }
}
