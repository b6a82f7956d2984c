package org.zhurnal.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.zhurnal.audit.domain.AuditEvent;
import org.zhurnal.audit.domain.AuditTrail;

/** The audit chain in PostgreSQL: {@code audit_event} rows and the single-row {@code audit_chain_head}. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Override
    public ChainHead lockHead() {
        return toHead((Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult());
    }

    /** Events have their numbers already, so the inserts go out in JDBC batches; the head moves once. */
    @Override
    public void appendAll(List<AuditEvent> events) {
        events.forEach(em::persist);
        em.flush();
        AuditEvent last = events.get(events.size() - 1);
        em.createNativeQuery("UPDATE audit_chain_head SET seq = ?1, hash = ?2 WHERE id = 1")
                .setParameter(1, last.record().seq())
                .setParameter(2, last.hash())
                .executeUpdate();
    }

    @Override
    public ChainHead head() {
        return toHead((Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult());
    }

    @Override
    public void forEachInOrder(Consumer<AuditEvent> sink) {
        long after = 0;
        while (true) {
            List<AuditEvent> batch = em.createQuery(
                            "SELECT e FROM AuditEvent e WHERE e.seq > :after ORDER BY e.seq", AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            batch.forEach(sink);
            batch.forEach(em::detach);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).record().seq();
        }
    }

    private static ChainHead toHead(Object[] row) {
        return new ChainHead(((Number) row[0]).longValue(), ((String) row[1]).trim());
    }
}
