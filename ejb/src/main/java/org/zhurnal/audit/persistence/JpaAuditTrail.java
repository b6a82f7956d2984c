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

    /** Ids come from the sequence 50 at a time and the inserts go out in JDBC batches. */
    @Override
    public void appendUnsealed(List<AuditEvent> events) {
        events.forEach(em::persist);
    }

    @Override
    public ChainHead lockHead() {
        return toHead((Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult());
    }

    @Override
    public List<AuditEvent> unsealed(int max) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.seq IS NULL ORDER BY e.id", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void moveHead(ChainHead head) {
        em.flush();
        em.createNativeQuery("UPDATE audit_chain_head SET seq = ?1, hash = ?2 WHERE id = 1")
                .setParameter(1, head.seq())
                .setParameter(2, head.hash())
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
