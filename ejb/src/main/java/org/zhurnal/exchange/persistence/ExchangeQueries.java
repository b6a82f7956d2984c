package org.zhurnal.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhurnal.exchange.application.DeadLetterItem;
import org.zhurnal.exchange.application.ExchangeItem;
import org.zhurnal.exchange.application.ExchangeRouteControl.DeadLetter;
import org.zhurnal.exchange.application.RecordErrorItem;

/** The exchange log, refused records and dead letters as the operations screen reads them (newest first). */
@ApplicationScoped
public class ExchangeQueries {

    @Inject
    EntityManager em;

    public List<ExchangeItem> exchanges(int limit) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, system, direction, channel, message_id, source, status, received, applied,
                        duplicates, rejected, started_at, finished_at, error
                        FROM exchange_log ORDER BY started_at DESC, id DESC LIMIT ?1""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ExchangeItem(num(r[0]), str(r[1]), str(r[2]),
                str(r[3]), str(r[4]), str(r[5]), str(r[6]), (int) num(r[7]), (int) num(r[8]), (int) num(r[9]),
                (int) num(r[10]), instant(r[11]), instant(r[12]), str(r[13]))).toList();
    }

    public List<RecordErrorItem> recordErrors(long exchangeId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT record_id, record_kind, reason, created_at FROM exchange_record_error
                        WHERE exchange_id = ?1 ORDER BY id LIMIT 1000""")
                .setParameter(1, exchangeId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new RecordErrorItem(str(r[0]), str(r[1]), str(r[2]), instant(r[3]))).toList();
    }

    /** Dead letters an operator retried or discarded, newest first. */
    public List<DeadLetterItem> resolvedDeadLetters(int limit) {
        List<?> rows = em.createNativeQuery("""
                        SELECT message_id, route_id, headers, length(body), failure, failed_at, status, reason,
                        resolved_at FROM dead_letter ORDER BY resolved_at DESC, id DESC LIMIT ?1""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new DeadLetterItem(str(r[0]), str(r[1]),
                MessageHeaders.parse(str(r[2])).get(MessageHeaders.SOURCE), (int) num(r[3]), str(r[4]),
                instant(r[5]), str(r[6]), str(r[7]), instant(r[8]))).toList();
    }

    /** Keeps a dead letter taken off the queue, with its body, and who did what and why; returns its row id. */
    public long storeResolved(DeadLetter letter, String status, Instant at, String issuer, String subject,
                              String reason) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO dead_letter (message_id, route_id, headers, body, failure, failed_at, status,
                        resolved_at, resolved_by_issuer, resolved_by_subject, reason)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id""")
                .setParameter(1, letter.messageId()).setParameter(2, letter.routeId())
                .setParameter(3, clip(MessageHeaders.format(letter.headers()), 4000))
                .setParameter(4, letter.body() == null ? "" : letter.body())
                .setParameter(5, clip(letter.failure(), 2000))
                .setParameter(6, letter.failedAt() == null ? null : ProcessedRecords.utc(letter.failedAt()))
                .setParameter(7, status).setParameter(8, ProcessedRecords.utc(at)).setParameter(9, issuer)
                .setParameter(10, subject).setParameter(11, reason).getSingleResult()).longValue();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
