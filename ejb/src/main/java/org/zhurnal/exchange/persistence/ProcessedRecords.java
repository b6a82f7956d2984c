package org.zhurnal.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The idempotency of inbound records and messages. Claiming a record is an insert in the transaction that
 * applies it: a concurrent second claim waits for the first and then finds it, so a record applies once.
 */
@ApplicationScoped
public class ProcessedRecords {

    @Inject
    EntityManager em;

    /** Whether this call claimed the record (false: it was applied before). */
    public boolean claimRecord(String system, String recordId, long exchangeId, Instant now) {
        return em.createNativeQuery("""
                        INSERT INTO processed_record (system, record_id, exchange_id, processed_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT (system, record_id) DO NOTHING""")
                .setParameter(1, system).setParameter(2, recordId).setParameter(3, exchangeId)
                .setParameter(4, utc(now)).executeUpdate() == 1;
    }

    /**
     * Claims a batch's record ids in one statement (ids must be distinct); returns those this call claimed,
     * the others were applied before.
     */
    public Set<String> claimRecords(String system, List<String> recordIds, long exchangeId, Instant now) {
        Claim claim = new Claim(system, exchangeId, utc(now));
        Set<String> claimed = new HashSet<>();
        CLAIMS.insert(em, recordIds.stream().map(id -> new Claimed(claim, id)).toList(), true)
                .forEach(id -> claimed.add((String) id));
        return claimed;
    }

    private record Claim(String system, long exchangeId, OffsetDateTime at) {
    }

    private record Claimed(Claim claim, String recordId) {
    }

    private static final UnnestInsert<Claimed> CLAIMS = new UnnestInsert<>("processed_record",
            "ON CONFLICT (system, record_id) DO NOTHING RETURNING record_id",
            UnnestInsert.Column.same("system", "text", row -> row.claim().system()),
            new UnnestInsert.Column<>("record_id", "text", Claimed::recordId),
            UnnestInsert.Column.same("exchange_id", "bigint", row -> row.claim().exchangeId()),
            UnnestInsert.Column.same("processed_at", "timestamptz", row -> row.claim().at()));

    public boolean messageProcessed(String system, String messageId) {
        return !em.createNativeQuery("SELECT 1 FROM processed_message WHERE system = ?1 AND message_id = ?2")
                .setParameter(1, system).setParameter(2, messageId).getResultList().isEmpty();
    }

    public void markMessage(String system, String messageId, long exchangeId, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO processed_message (system, message_id, exchange_id, processed_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT (system, message_id) DO NOTHING""")
                .setParameter(1, system).setParameter(2, messageId).setParameter(3, exchangeId)
                .setParameter(4, utc(now)).executeUpdate();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
