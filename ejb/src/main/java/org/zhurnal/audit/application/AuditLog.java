package org.zhurnal.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.audit.domain.AuditChain;
import org.zhurnal.audit.domain.AuditEvent;
import org.zhurnal.audit.domain.AuditTrail;
import org.zhurnal.audit.domain.AuditTrail.ChainHead;
import org.zhurnal.audit.domain.ChainCheck;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.RequestOrigin;

/**
 * The audit trail of actions on personal data and appointments. Events are written in the caller's
 * transaction (there must be one): they commit or roll back with the change they describe. Writing takes
 * no lock; {@link AuditSealer} links committed events into the hash chain shortly after. Events written while
 * serving a request say where it came from ({@link RequestOrigin}).
 */
@Stateless
public class AuditLog {

    @Inject
    AuditTrail trail;

    @Inject
    AuditSealer sealer;

    @Inject
    Clock clock;

    /** Records that {@code actor} did {@code action} to the object with this id. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, AuditAction action, Object objectId) {
        recordAll(actor, action, List.of(Objects.requireNonNull(objectId, "objectId")));
    }

    /** Records that {@code actor} did {@code action} to each of these objects, in one batch of inserts. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(Actor actor, AuditAction action, Collection<?> objectIds) {
        if (objectIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<AuditEvent> events = new ArrayList<>(objectIds.size());
        for (Object objectId : objectIds) {
            events.add(AuditEvent.unsealed(now, actor.issuer(), actor.subject(), action.code(),
                    action.objectType().name(), Objects.requireNonNull(objectId, "objectId").toString())
                    .from(RequestOrigin.current().orElse(null)));
        }
        trail.appendUnsealed(events);
    }

    /**
     * Records that {@code actor} did {@code action} to all of these objects at once (an import batch): one event
     * naming every id, in order, instead of one event each. As attributable as {@link #recordAll} (who, what,
     * when, which objects — ids only) and chained the same way: the ids are part of the hashed record.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBatch(Actor actor, AuditAction action, Collection<Long> objectIds) {
        if (objectIds.isEmpty()) {
            return;
        }
        trail.appendUnsealed(List.of(AuditEvent.unsealedBatch(clock.instant(), actor.issuer(), actor.subject(),
                action.code(), action.objectType().name(), List.copyOf(objectIds))
                .from(RequestOrigin.current().orElse(null))));
    }

    /** Seals what has been committed so far, then recomputes the whole chain from the first event to the head. */
    public ChainCheck verify() {
        sealer.sealPending();
        ChainHead head = trail.head();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        trail.forEachInOrder(verifier);
        return verifier.result(head.seq(), head.hash());
    }
}
