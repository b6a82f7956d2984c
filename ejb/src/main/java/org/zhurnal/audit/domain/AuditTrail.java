package org.zhurnal.audit.domain;

import java.util.List;
import java.util.function.Consumer;

/** Storage of the audit chain: the events and the chain head (the last event's number and hash). */
public interface AuditTrail {

    /** The chain head, locked until the transaction ends so that appends form one line. */
    ChainHead lockHead();

    /** Stores the events, which follow one another from the head, and moves the head to the last. */
    void appendAll(List<AuditEvent> events);

    /** The head as it is now, without locking. */
    ChainHead head();

    /** Feeds every event in chain order, a batch at a time, to {@code sink}. */
    void forEachInOrder(Consumer<AuditEvent> sink);

    /** The last event's number (0 for an empty chain) and hash ({@link AuditChain#GENESIS} for none). */
    record ChainHead(long seq, String hash) {
    }
}
