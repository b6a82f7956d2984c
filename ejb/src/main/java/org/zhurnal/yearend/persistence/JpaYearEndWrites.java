package org.zhurnal.yearend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.yearend.application.YearEndReads.Rollover;
import org.zhurnal.yearend.application.YearEndWrites;
import org.zhurnal.yearend.domain.YearEndDecision;

/** The year end's changes in native SQL. */
@ApplicationScoped
public class JpaYearEndWrites implements YearEndWrites {

    @Inject
    EntityManager em;

    @Override
    public void lockYear(Long yearId) {
        em.createNativeQuery("SELECT id FROM academic_year WHERE id = ?1 FOR UPDATE").setParameter(1, yearId)
                .getResultList();
    }

    @Override
    public void close(Long yearId, Actor actor, Instant at) {
        Timestamp when = Timestamp.from(at);
        em.createNativeQuery("UPDATE reporting_period SET closed_at = ?2, closed_by_issuer = ?3, closed_by_subject = ?4 "
                        + "WHERE academic_year_id = ?1 AND closed_at IS NULL")
                .setParameter(1, yearId).setParameter(2, when).setParameter(3, actor.issuer())
                .setParameter(4, actor.subject()).executeUpdate();
        em.createNativeQuery("UPDATE academic_year SET closed_at = ?2, closed_by_issuer = ?3, closed_by_subject = ?4 "
                        + "WHERE id = ?1 AND closed_at IS NULL")
                .setParameter(1, yearId).setParameter(2, when).setParameter(3, actor.issuer())
                .setParameter(4, actor.subject()).executeUpdate();
    }

    @Override
    public void decide(Long yearId, Long personId, YearEndDecision decision, String orderRef, Actor actor, Instant at) {
        em.createNativeQuery("DELETE FROM year_end_decision WHERE academic_year_id = ?1 AND person_id = ?2")
                .setParameter(1, yearId).setParameter(2, personId).executeUpdate();
        if (decision != null) {
            em.createNativeQuery("INSERT INTO year_end_decision (academic_year_id, person_id, decision, order_ref, "
                            + "recorded_at, recorded_by_issuer, recorded_by_subject) VALUES (?1, ?2, ?3, CAST(?4 AS text), ?5, ?6, ?7)")
                    .setParameter(1, yearId).setParameter(2, personId).setParameter(3, decision.name())
                    .setParameter(4, orderRef).setParameter(5, Timestamp.from(at)).setParameter(6, actor.issuer())
                    .setParameter(7, actor.subject()).executeUpdate();
        }
    }

    @Override
    public int copyCurriculum(Long fromYearId, Long toYearId) {
        return em.createNativeQuery("INSERT INTO curriculum_item (academic_year_id, grade, subject_id, hours_per_year) "
                        + "SELECT ?2, grade, subject_id, hours_per_year FROM curriculum_item WHERE academic_year_id = ?1 "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, fromYearId).setParameter(2, toYearId).executeUpdate();
    }

    @Override
    public void recordRollover(Long fromYearId, Rollover rollover, Actor actor) {
        em.createNativeQuery("INSERT INTO year_rollover (from_year_id, to_year_id, order_ref, curriculum_draft, "
                        + "classes_created, students_moved, graduates, committed_at, committed_by_issuer, "
                        + "committed_by_subject, streams_copied, assignments_copied, timetable_entries_copied) "
                        + "VALUES (?1, ?2, CAST(?3 AS text), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, fromYearId).setParameter(2, rollover.toYearId()).setParameter(3, rollover.orderRef())
                .setParameter(4, rollover.curriculumDraft()).setParameter(5, rollover.classesCreated())
                .setParameter(6, rollover.studentsMoved()).setParameter(7, rollover.graduates())
                .setParameter(8, Timestamp.from(rollover.committedAt())).setParameter(9, actor.issuer())
                .setParameter(10, actor.subject()).setParameter(11, rollover.carried().streams())
                .setParameter(12, rollover.carried().assignments())
                .setParameter(13, rollover.carried().timetableEntries()).executeUpdate();
    }

    @Override
    public boolean confirmCurriculum(Long toYearId) {
        return em.createNativeQuery("UPDATE year_rollover SET curriculum_draft = FALSE WHERE to_year_id = ?1 "
                + "AND curriculum_draft").setParameter(1, toYearId).executeUpdate() == 1;
    }
}
