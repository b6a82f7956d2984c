package org.zhurnal.integration.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;

/** The exchange journal in memory, as the database would keep it. */
class FakeJournal extends ExchangeJournal {

    record Logged(long id, String channel, String source, Status status, String messageId, ExchangeCounts counts,
                  String error) {
    }

    record Rejection(long exchangeId, String recordId, String reason) {
    }

    private final AtomicLong ids = new AtomicLong();
    final Map<Long, Logged> exchanges = new ConcurrentHashMap<>();
    final List<Rejection> rejections = java.util.Collections.synchronizedList(new ArrayList<>());
    final Set<String> messages = java.util.Collections.synchronizedSet(new HashSet<>());
    volatile String cursor;

    @Override
    public long begin(String system, Direction direction, String channel, String source) {
        long id = ids.incrementAndGet();
        exchanges.put(id, new Logged(id, channel, source, Status.RUNNING, null, ExchangeCounts.NONE, null));
        return id;
    }

    @Override
    public boolean messageProcessed(String system, String messageId) {
        return messages.contains(messageId);
    }

    @Override
    public Status finish(long exchangeId, String system, String messageId, ExchangeCounts counts, boolean duplicate) {
        Status status = duplicate ? Status.DUPLICATE : counts.rejected() > 0 ? Status.PARTIAL : Status.COMPLETED;
        if (!duplicate) {
            messages.add(messageId);
        }
        Logged old = exchanges.get(exchangeId);
        exchanges.put(exchangeId, new Logged(exchangeId, old.channel(), old.source(), status, messageId, counts,
                old.error()));
        return status;
    }

    @Override
    public void fail(long exchangeId, ExchangeCounts counts, String error) {
        Logged old = exchanges.get(exchangeId);
        exchanges.put(exchangeId, new Logged(exchangeId, old.channel(), old.source(), Status.FAILED, null, counts,
                error));
    }

    @Override
    public void rejectRecord(long exchangeId, String recordId, String kind, String reason) {
        rejections.add(new Rejection(exchangeId, recordId, reason));
    }

    @Override
    public Optional<String> cursor(String system) {
        return Optional.ofNullable(cursor);
    }

    @Override
    public void moveCursor(String system, String position) {
        cursor = position;
    }

    List<Logged> withStatus(Status status) {
        return exchanges.values().stream().filter(e -> e.status() == status).toList();
    }
}
