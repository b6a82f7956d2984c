package org.zhurnal.journal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import javax.sql.DataSource;
import java.util.Map;
import org.zhurnal.journal.application.FinalMarkStore;
import org.zhurnal.journal.domain.FinalMarkDecision.Current;
import org.zhurnal.shared.persistence.PlainSql;

/** Final marks in native SQL: the latest versions by the unique key, one row appended per decision. */
@ApplicationScoped
public class JpaFinalMarkStore implements FinalMarkStore {

    private static final String CURRENT = "SELECT student_person_id, period_number, value, not_attested, state, version "
            + "FROM (SELECT f.*, ROW_NUMBER() OVER (PARTITION BY student_person_id, period_number ORDER BY version DESC) "
            + "AS rn FROM final_mark f WHERE school_class_id = ? AND subject_id = ?) latest WHERE rn = 1";
    private static final String APPEND = "INSERT INTO final_mark (school_id, academic_year_id, school_class_id, subject_id, "
            + "student_person_id, period_number, version, value, not_attested, reason, state, average, proposed, set_at, "
            + "set_by_issuer, set_by_subject, set_by_person_id) VALUES";

    @Inject
    EntityManager em;

    @Inject
    PlainSql sql;

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource dataSource;

    @Override
    public Map<Cell, Current> current(Long classId, Long subjectId) {
        Map<Cell, Current> current = new HashMap<>();
        sql.list(CURRENT, row -> Map.entry(new Cell(row.getLong(1), row.getInt(2)), new Current(PlainSql.intOrNull(row, 3),
                row.getBoolean(4), "CONFIRMED".equals(row.getString(5)), row.getInt(6))), classId, subjectId)
                .forEach(found -> current.put(found.getKey(), found.getValue()));
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
