package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.zhurnal.journal.application.JournalSettingsStore;
import org.zhurnal.journal.domain.JournalSettings;

/** {@code journal_settings} in native SQL: one read, one upsert. */
@ApplicationScoped
public class JpaJournalSettingsStore implements JournalSettingsStore {

    @Inject
    EntityManager em;

    @Override
    public JournalSettings of(Long schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT grade1_no_marks, grade2_first_period_no_marks, "
                + "double_marks_allowed FROM journal_settings WHERE school_id = ?1").setParameter(1, schoolId).getResultList();
        return rows.isEmpty() ? JournalSettings.DEFAULT : new JournalSettings(Boolean.TRUE.equals(rows.get(0)[0]),
                Boolean.TRUE.equals(rows.get(0)[1]), Boolean.TRUE.equals(rows.get(0)[2]));
    }

    @Override
    public void save(Long schoolId, JournalSettings settings) {
        em.createNativeQuery("INSERT INTO journal_settings (school_id, grade1_no_marks, grade2_first_period_no_marks, "
                        + "double_marks_allowed, updated_at) VALUES (?1, ?2, ?3, ?4, CURRENT_TIMESTAMP) "
                        + "ON CONFLICT (school_id) DO UPDATE SET grade1_no_marks = EXCLUDED.grade1_no_marks, "
                        + "grade2_first_period_no_marks = EXCLUDED.grade2_first_period_no_marks, "
                        + "double_marks_allowed = EXCLUDED.double_marks_allowed, updated_at = EXCLUDED.updated_at")
                .setParameter(1, schoolId).setParameter(2, settings.grade1NoMarks())
                .setParameter(3, settings.grade2FirstPeriodNoMarks()).setParameter(4, settings.doubleMarksAllowed())
                .executeUpdate();
    }
}
