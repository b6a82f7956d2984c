package org.zhurnal.exchange.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhurnal.exchange.persistence.ProcessedRecords;

/**
 * What the routes write about their exchanges, each call its own transaction: an exchange begins, its
 * refused records are noted with the reason, and it finishes with its counts (an inbound message finished
 * once is remembered, so the same message again changes nothing). Also the pull cursors.
 * Never personal data: records are named by the other system's record id.
 */
@Stateless
public class ExchangeJournal {

    public enum Direction { IN, OUT }

    public enum Status { RUNNING, COMPLETED, PARTIAL, DUPLICATE, FAILED }

    @Inject
    EntityManager em;

    @Inject
    ProcessedRecords processed;

    @Inject
    Clock clock;

    public long begin(String system, Direction direction, String channel, String source) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO exchange_log (system, direction, channel, source, status, started_at)
                        VALUES (?1, ?2, ?3, ?4, 'RUNNING', ?5) RETURNING id""")
                .setParameter(1, system).setParameter(2, direction.name()).setParameter(3, channel)
                .setParameter(4, clip(source, 300)).setParameter(5, now()).getSingleResult()).longValue();
    }

    public boolean messageProcessed(String system, String messageId) {
        return processed.messageProcessed(system, messageId);
    }

    /** Ends the exchange with its counts; a message that was processed before ends as DUPLICATE and stays so. */
    public Status finish(long exchangeId, String system, String messageId, ExchangeCounts counts, boolean duplicate) {
        Status status = duplicate ? Status.DUPLICATE : counts.rejected() > 0 ? Status.PARTIAL : Status.COMPLETED;
        if (!duplicate && messageId != null) {
            processed.markMessage(system, messageId, exchangeId, clock.instant());
        }
        em.createNativeQuery("""
                        UPDATE exchange_log SET status = ?2, message_id = ?3, received = ?4, applied = ?5,
                        duplicates = ?6, rejected = ?7, finished_at = ?8 WHERE id = ?1""")
                .setParameter(1, exchangeId).setParameter(2, status.name()).setParameter(3, clip(messageId, 200))
                .setParameter(4, counts.received()).setParameter(5, counts.applied())
                .setParameter(6, counts.duplicates()).setParameter(7, counts.rejected()).setParameter(8, now())
                .executeUpdate();
        return status;
    }

    /** Ends the exchange as failed with the counts reached so far and a reason an operator can read. */
    public void fail(long exchangeId, ExchangeCounts counts, String error) {
        em.createNativeQuery("""
                        UPDATE exchange_log SET status = 'FAILED', received = ?2, applied = ?3, duplicates = ?4,
                        rejected = ?5, finished_at = ?6, error = ?7 WHERE id = ?1""")
                .setParameter(1, exchangeId).setParameter(2, counts.received()).setParameter(3, counts.applied())
                .setParameter(4, counts.duplicates()).setParameter(5, counts.rejected()).setParameter(6, now())
                .setParameter(7, clip(error, 2000)).executeUpdate();
    }

    public void rejectRecord(long exchangeId, String recordId, String kind, String reason) {
        em.createNativeQuery("""
                        INSERT INTO exchange_record_error (exchange_id, record_id, record_kind, reason, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, exchangeId).setParameter(2, clip(recordId, 100)).setParameter(3, clip(kind, 40))
                .setParameter(4, clip(reason, 1000)).setParameter(5, now()).executeUpdate();
    }

    public Optional<String> cursor(String system) {
        List<?> rows = em.createNativeQuery("SELECT position FROM exchange_cursor WHERE system = ?1")
                .setParameter(1, system).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    public void moveCursor(String system, String position) {
        em.createNativeQuery("""
                        INSERT INTO exchange_cursor (system, position, updated_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (system) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, system).setParameter(2, clip(position, 200)).setParameter(3, now()).executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
