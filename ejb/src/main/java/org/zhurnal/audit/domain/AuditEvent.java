package org.zhurnal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored link of the audit chain: the record, the previous event's hash and its own. Never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long seq;

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

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    /** The event that follows the one whose hash is {@code previousHash}. */
    public static AuditEvent following(String previousHash, AuditRecord record) {
        AuditEvent event = new AuditEvent();
        event.seq = record.seq();
        event.occurredAt = record.occurredAt();
        event.actorIssuer = record.actorIssuer();
        event.actorSubject = record.actorSubject();
        event.action = record.action();
        event.objectType = record.objectType();
        event.objectId = record.objectId();
        event.previousHash = previousHash;
        event.hash = AuditChain.link(previousHash, record);
        return event;
    }

    public AuditRecord record() {
        return new AuditRecord(seq, occurredAt, actorIssuer, actorSubject, action, objectType, objectId);
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
