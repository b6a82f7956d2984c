package org.zhurnal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One stored audit event. It is written unsealed (what happened, who, when, to which object) in the
 * transaction of the change it describes, and later sealed once: given its place in the chain, the previous
 * event's hash and its own. What it says never changes.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    private Long id;

    private Long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_issuer", nullable = false, updatable = false)
    private String actorIssuer;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    private String actorSubject;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    private String objectId;

    /** The objects of a batch event, in order ({@code null} for an event about one object). */
    @Column(name = "object_ids", updatable = false)
    private Long[] objectIds;

    /** The network address of the request the event was written in ({@code null} outside requests). */
    @Column(updatable = false)
    private String origin;

    @Column(name = "prev_hash")
    private String previousHash;

    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    /** An event not yet in the chain. */
    public static AuditEvent unsealed(Instant occurredAt, String actorIssuer, String actorSubject, String action,
                                      String objectType, String objectId) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        event.actorIssuer = actorIssuer;
        event.actorSubject = actorSubject;
        event.action = action;
        event.objectType = objectType;
        event.objectId = objectId;
        return event;
    }

    /**
     * An event about many objects of one type (an import batch), not yet in the chain: one row naming them all,
     * its {@code object_id} {@code batch:<count>}.
     */
    public static AuditEvent unsealedBatch(Instant occurredAt, String actorIssuer, String actorSubject, String action,
                                           String objectType, List<Long> objectIds) {
        if (objectIds.isEmpty()) {
            throw new IllegalArgumentException("a batch event names at least one object");
        }
        AuditEvent event = unsealed(occurredAt, actorIssuer, actorSubject, action, objectType,
                "batch:" + objectIds.size());
        event.objectIds = objectIds.toArray(Long[]::new);
        return event;
    }

    /** The same event, saying where its request came from (before it is written). */
    public AuditEvent from(String address) {
        if (id != null || seq != null) {
            throw new IllegalStateException("an audit event's origin is set before it is written");
        }
        this.origin = address;
        return this;
    }

    /** Chains this event as number {@code seq} after the event whose hash is {@code previous}. */
    public void seal(long seq, String previous) {
        if (this.seq != null) {
            throw new IllegalStateException("audit event " + id + " is sealed already");
        }
        this.seq = seq;
        this.previousHash = Objects.requireNonNull(previous, "previous");
        this.hash = AuditChain.link(previous, record());
    }

    public boolean sealed() {
        return seq != null;
    }

    /** What the event says, with its chain number (0 while unsealed). */
    public AuditRecord record() {
        return new AuditRecord(seq == null ? 0 : seq, occurredAt, actorIssuer, actorSubject, action, objectType,
                objectId, objectIds == null ? List.of() : Arrays.asList(objectIds), origin);
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
