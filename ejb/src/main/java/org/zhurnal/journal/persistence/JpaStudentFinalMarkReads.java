package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.journal.application.StudentFinalMarkReads;
import org.zhurnal.journal.application.StudentFinalMarks;

/**
 * A student's final marks by {@code final_mark_student_ix}: per subject and period the latest version (a
 * student moved within the year may have marks from two classes: the latest decision counts), kept only when
 * it is confirmed.
 */
@ApplicationScoped
public class JpaStudentFinalMarkReads implements StudentFinalMarkReads {

    private static final String CURRENT = "SELECT subject_id, name, period_number, value, not_attested, state FROM ("
            + "SELECT DISTINCT ON (f.subject_id, f.period_number) f.subject_id, s.name, f.period_number, f.value, "
            + "f.not_attested, f.state FROM final_mark f JOIN subject s ON s.id = f.subject_id "
            + "WHERE f.student_person_id = ?1 AND f.academic_year_id = ?2 "
            + "ORDER BY f.subject_id, f.period_number, f.set_at DESC, f.version DESC) latest "
            + "WHERE state = 'CONFIRMED' ORDER BY name, subject_id, period_number";

    @Inject
    EntityManager em;

    @Override
    public List<StudentFinalMarks.Period> periods(long academicYearId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT number, starts_on, ends_on FROM reporting_period "
                + "WHERE academic_year_id = ?1 ORDER BY number").setParameter(1, academicYearId).getResultList();
        return rows.stream().map(r -> new StudentFinalMarks.Period(Rows.integer(r[0]), Rows.date(r[1]).toString(),
                Rows.date(r[2]).toString())).toList();
    }

    @Override
    public List<StudentFinalMarks.Subject> confirmed(long studentPersonId, long academicYearId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CURRENT).setParameter(1, studentPersonId)
                .setParameter(2, academicYearId).getResultList();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<StudentFinalMarks.Mark>> marks = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long subject = Rows.id(r[0]);
            names.put(subject, (String) r[1]);
            marks.computeIfAbsent(subject, s -> new ArrayList<>()).add(new StudentFinalMarks.Mark(Rows.integer(r[2]),
                    Boolean.TRUE.equals(r[4]) ? "н/а" : String.valueOf(Rows.integer(r[3]))));
        }
        return names.entrySet().stream().map(e -> new StudentFinalMarks.Subject(e.getKey(), e.getValue(),
                marks.get(e.getKey()))).toList();
    }
}
