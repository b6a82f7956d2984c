package org.zhurnal.integration.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhurnal.exchange.application.ContingentChange;
import org.zhurnal.exchange.application.ContingentImport;

/**
 * The contingent import in memory: claims record ids as the processed-record table does, and can be told to
 * fail like a database that is down (a non-business exception), a number of times or for good.
 */
class FakeContingent extends ContingentImport {

    final Map<String, ContingentChange> applied = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> appliedTimes = new ConcurrentHashMap<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Outcome apply(String system, long exchangeId, String recordId, ContingentChange change) {
        calls.incrementAndGet();
        if (failuresLeft.get() != 0) {
            failuresLeft.decrementAndGet();
            throw new IllegalStateException("Connection refused: the database is down");
        }
        if (applied.putIfAbsent(recordId, change) != null) {
            return Outcome.DUPLICATE;
        }
        appliedTimes.computeIfAbsent(recordId, id -> new AtomicInteger()).incrementAndGet();
        return Outcome.APPLIED;
    }

    /** Fails from now on until told otherwise. */
    void down() {
        failuresLeft.set(-1);
    }

    void up() {
        failuresLeft.set(0);
    }
}
