package org.zhurnal.audit.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * Storage of the audit chain: the events (sealed into the chain or waiting to be) and the chain head (the
 * last sealed event's number and hash).
 */
public interface AuditTrail {

    /** Stores new, unsealed events; takes no lock, so audited transactions do not wait for one another. */
    void appendUnsealed(List<AuditEvent> events);

    /** The chain head, locked until the transaction ends: only the sealer takes it. */
    ChainHead lockHead();

    /** Up to {@code max} committed events not yet sealed, in the order they were numbered. */
    List<AuditEvent> unsealed(int max);

    /** Moves the head to the last event sealed. */
    void moveHead(ChainHead head);

    /** The head as it is now, without locking. */
    ChainHead head();

    /** Feeds every sealed event in chain order, a batch at a time, to {@code sink}. */
    void forEachInOrder(Consumer<AuditEvent> sink);

    /** The last sealed event's number (0 for an empty chain) and hash ({@link AuditChain#GENESIS} for none). */
    record ChainHead(long seq, String hash) {
    }
}
