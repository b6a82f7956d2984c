package org.zhurnal.diary.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.zhurnal.diary.application.FinalMarks;

/**
 * A student's confirmed final marks of a period, from the journal's append-only {@code final_mark}: per
 * subject the highest version, shown only when it is confirmed («5», or «н/а» when not attested).
 */
@ApplicationScoped
public class SqlFinalMarks implements FinalMarks {

    private static final String CURRENT = """
            SELECT DISTINCT ON (f.subject_id) f.subject_id, f.value, f.not_attested, f.state
            FROM reporting_period p
            JOIN final_mark f ON f.academic_year_id = p.academic_year_id AND f.period_number = p.number
            WHERE p.id = :period AND f.student_person_id = :student
            ORDER BY f.subject_id, f.set_at DESC, f.version DESC""";

    @Inject
    EntityManager em;

    @Override
    public Map<Long, String> of(long studentPersonId, long periodId) {
        Map<Long, String> marks = new HashMap<>();
        for (Object[] row : Rows.of(em.createNativeQuery(CURRENT).setParameter("period", periodId)
                .setParameter("student", studentPersonId))) {
            if ("CONFIRMED".equals(row[3])) {
                marks.put(((Number) row[0]).longValue(), Boolean.TRUE.equals(row[2]) ? "н/а" : row[1].toString());
            }
        }
        return marks;
    }
}
