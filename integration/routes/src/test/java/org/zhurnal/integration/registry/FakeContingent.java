package org.zhurnal.integration.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhurnal.exchange.application.ContingentChange;
import org.zhurnal.exchange.application.ContingentImport;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * The contingent import in memory, a batch all or nothing as one transaction: claims record ids as the
 * processed-record table does, refuses the records it was told to (the whole batch rolls back, as a business
 * exception does), and can be told to fail like a database that is down (a non-business exception), a number
 * of times or for good.
 */
class FakeContingent extends ContingentImport {

    final Map<String, ContingentChange> applied = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> appliedTimes = new ConcurrentHashMap<>();
    final Map<String, String> refusals = new ConcurrentHashMap<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final List<Integer> batchSizes = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Each transaction's record ids, in the order they committed, and the threads that ran them. */
    final List<List<String>> committed = java.util.Collections.synchronizedList(new ArrayList<>());
    final java.util.Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public List<Outcome> applyAll(String system, long exchangeId, List<Item> items) {
        calls.incrementAndGet();
        batchSizes.add(items.size());
        if (failuresLeft.get() != 0) {
            failuresLeft.decrementAndGet();
            throw new IllegalStateException("Connection refused: the database is down");
        }
        Map<String, ContingentChange> claimed = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            String reason = refusals.get(item.recordId());
            if (reason != null) {
                throw new InvalidInputException("record", reason);
            }
            boolean fresh = !applied.containsKey(item.recordId()) && claimed.putIfAbsent(item.recordId(), item.change()) == null;
            outcomes.add(fresh ? Outcome.APPLIED : Outcome.DUPLICATE);
        }
        claimed.forEach((recordId, change) -> {
            applied.put(recordId, change);
            appliedTimes.computeIfAbsent(recordId, id -> new AtomicInteger()).incrementAndGet();
        });
        committed.add(items.stream().map(Item::recordId).toList());
        threads.add(Thread.currentThread().getName());
        return outcomes;
    }

    /** Fails from now on until told otherwise. */
    void down() {
        failuresLeft.set(-1);
    }

    void up() {
        failuresLeft.set(0);
    }
}
