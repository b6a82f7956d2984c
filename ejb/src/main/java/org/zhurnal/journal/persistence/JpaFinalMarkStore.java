package org.zhurnal.journal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import javax.sql.DataSource;
import java.util.Map;
import org.zhurnal.journal.application.FinalMarkStore;
import org.zhurnal.journal.domain.FinalMarkDecision.Current;

/** Final marks in native SQL: the latest versions by the unique key, one row appended per decision. */
@ApplicationScoped
public class JpaFinalMarkStore implements FinalMarkStore {

    private static final String CURRENT = "SELECT student_person_id, period_number, value, not_attested, state, version "
            + "FROM (SELECT f.*, ROW_NUMBER() OVER (PARTITION BY student_person_id, period_number ORDER BY version DESC) "
            + "AS rn FROM final_mark f WHERE school_class_id = ?1 AND subject_id = ?2) latest WHERE rn = 1";
    private static final String APPEND = "INSERT INTO final_mark (school_id, academic_year_id, school_class_id, subject_id, "
            + "student_person_id, period_number, version, value, not_attested, reason, state, average, proposed, set_at, "
            + "set_by_issuer, set_by_subject, set_by_person_id) VALUES";

    @Inject
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource dataSource;

    @Override
    public Map<Cell, Current> current(Long classId, Long subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CURRENT).setParameter(1, classId).setParameter(2, subjectId)
                .getResultList();
        Map<Cell, Current> current = new HashMap<>();
        rows.forEach(r -> current.put(new Cell(Rows.id(r[0]), Rows.integer(r[1])),
                new Current(Rows.integer(r[2]), Boolean.TRUE.equals(r[3]), "CONFIRMED".equals(r[4]), Rows.integer(r[5]))));
        return current;
    }

    @Override
    public void append(NewVersion v) {
        new MultiRow(APPEND, "", "bigint", "bigint", "bigint", "bigint", "bigint", "smallint", "integer", "smallint",
                "boolean", "varchar", "varchar", "numeric", "smallint", "timestamptz", "varchar", "varchar", "bigint")
                .add(v.schoolId(), v.yearId(), v.classId(), v.subjectId(), v.studentId(), v.periodNumber(), v.version(),
                        v.decision().value(), v.decision().notAttested(), v.decision().reason(),
                        v.confirmed() ? "CONFIRMED" : "DRAFT", v.average(), v.proposed(), v.at(), v.by().issuer(),
                        v.by().subject(), v.by().personId())
                .execute(em, dataSource);
    }
}
