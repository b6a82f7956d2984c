package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.zhurnal.school.application.SchoolSettings;
import org.zhurnal.school.application.SchoolSettingsStore;

/** {@code journal_settings} rows (V18): one per school that changed a default, written as an upsert. */
@ApplicationScoped
public class JpaSchoolSettings implements SchoolSettingsStore {

    @Inject
    EntityManager em;

    @Override
    public SchoolSettings of(Long schoolId) {
        List<?> rows = em.createNativeQuery("SELECT grade1_no_marks, grade2_first_period_no_marks FROM journal_settings "
                        + "WHERE school_id = ?1")
                .setParameter(1, schoolId)
                .getResultList();
        if (rows.isEmpty()) {
            return SchoolSettings.DEFAULT;
        }
        Object[] row = (Object[]) rows.get(0);
        return new SchoolSettings((Boolean) row[0], (Boolean) row[1]);
    }

    @Override
    public void write(Long schoolId, SchoolSettings settings) {
        em.createNativeQuery("INSERT INTO journal_settings (school_id, grade1_no_marks, grade2_first_period_no_marks) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (school_id) DO UPDATE SET grade1_no_marks = EXCLUDED.grade1_no_marks, "
                        + "grade2_first_period_no_marks = EXCLUDED.grade2_first_period_no_marks, updated_at = CURRENT_TIMESTAMP")
                .setParameter(1, schoolId)
                .setParameter(2, settings.grade1NoMarks())
                .setParameter(3, settings.grade2FirstPeriodNoMarks())
                .executeUpdate();
    }
}
