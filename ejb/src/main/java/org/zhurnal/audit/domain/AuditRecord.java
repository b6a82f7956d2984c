package org.zhurnal.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one audit event says: its place in the chain, when (UTC, microseconds as the database keeps it),
 * who (the account's issuer and subject), what (an action code) and to which object (type and id).
 * Never the personal data itself.
 */
public record AuditRecord(long seq, Instant occurredAt, String actorIssuer, String actorSubject, String action,
                          String objectType, String objectId) {

    public AuditRecord {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actorIssuer, "actorIssuer");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
    }

    /**
     * The canonical bytes that are hashed: every field as its length and its text, so that no two
     * different records have the same form (a field cannot "borrow" characters from its neighbour).
     */
    public byte[] canonical() {
        StringBuilder text = new StringBuilder();
        Stream.of(Long.toString(seq), occurredAt.toString(), actorIssuer, actorSubject, action, objectType, objectId)
                .forEach(field -> text.append(field.length()).append(':').append(field).append(';'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
