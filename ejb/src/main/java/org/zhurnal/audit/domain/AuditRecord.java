package org.zhurnal.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one audit event says: its place in the chain, when (UTC, microseconds as the database keeps it),
 * who (the account's issuer and subject), what (an action code) and to which object (type and id) — or, for
 * an event about a batch, to which objects ({@code objectIds}, in order; {@code objectId} then says
 * {@code batch:<count>}) — and from where ({@code origin}: the network address of the request, {@code null}
 * for events not written while serving one). Never the personal data itself.
 */
public record AuditRecord(long seq, Instant occurredAt, String actorIssuer, String actorSubject, String action,
                          String objectType, String objectId, List<Long> objectIds, String origin) {

    /** An event about one object. */
    public AuditRecord(long seq, Instant occurredAt, String actorIssuer, String actorSubject, String action,
                       String objectType, String objectId) {
        this(seq, occurredAt, actorIssuer, actorSubject, action, objectType, objectId, List.of(), null);
    }

    /** An event written outside a request. */
    public AuditRecord(long seq, Instant occurredAt, String actorIssuer, String actorSubject, String action,
                       String objectType, String objectId, List<Long> objectIds) {
        this(seq, occurredAt, actorIssuer, actorSubject, action, objectType, objectId, objectIds, null);
    }

    public AuditRecord {
        objectIds = List.copyOf(objectIds);
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actorIssuer, "actorIssuer");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
    }

    /**
     * The canonical bytes that are hashed: every field as its length and its text, so that no two
     * different records have the same form (a field cannot "borrow" characters from its neighbour). The ids of
     * a batch event follow as one more field (comma-separated); an event about one object has no such field, so
     * the hashes of events written before batches existed stay as they were. The origin follows the same way,
     * marked by a leading {@code @} (the ids field has only digits and commas), and only when there is one.
     */
    public byte[] canonical() {
        StringBuilder text = new StringBuilder();
        Stream.of(Long.toString(seq), occurredAt.toString(), actorIssuer, actorSubject, action, objectType, objectId)
                .forEach(field -> text.append(field.length()).append(':').append(field).append(';'));
        if (!objectIds.isEmpty()) {
            String ids = objectIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            text.append(ids.length()).append(':').append(ids).append(';');
        }
        if (origin != null) {
            String from = "@" + origin;
            text.append(from.length()).append(':').append(from).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
