package org.zhurnal.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.audit.domain.AuditChain;
import org.zhurnal.audit.domain.AuditEvent;
import org.zhurnal.audit.domain.AuditRecord;
import org.zhurnal.audit.domain.AuditTrail;
import org.zhurnal.audit.domain.AuditTrail.ChainHead;
import org.zhurnal.audit.domain.ChainCheck;
import org.zhurnal.shared.security.Actor;

/**
 * The audit trail of actions on personal data and appointments. Events are written in the caller's
 * transaction (there must be one): they commit or roll back with the change they describe. Appends lock
 * the chain head, so concurrent transactions append one after another and the chain stays a line.
 */
@Stateless
public class AuditLog {

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** Records that {@code actor} did {@code action} to the object with this id. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, AuditAction action, Object objectId) {
        Objects.requireNonNull(objectId, "objectId");
        ChainHead head = trail.lockHead();
        AuditRecord record = new AuditRecord(head.seq() + 1, clock.instant(), actor.issuer(), actor.subject(),
                action.code(), action.objectType().name(), objectId.toString());
        trail.append(AuditEvent.following(head.hash(), record));
    }

    /** Recomputes the whole chain from the first event to the head. */
    public ChainCheck verify() {
        ChainHead head = trail.head();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        trail.forEachInOrder(verifier);
        return verifier.result(head.seq(), head.hash());
    }
}
