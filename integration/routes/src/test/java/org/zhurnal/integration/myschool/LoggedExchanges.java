package org.zhurnal.integration.myschool;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;

/** The exchange log and cursors in memory, for outbound routes' tests. */
class LoggedExchanges extends ExchangeJournal {

    record Entry(long id, String system, Direction direction, String source, Status status, ExchangeCounts counts,
                 String error) {
    }

    private final AtomicLong ids = new AtomicLong();
    final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    final Map<String, String> cursors = new ConcurrentHashMap<>();

    @Override
    public long begin(String system, Direction direction, String channel, String source) {
        long id = ids.incrementAndGet();
        entries.put(id, new Entry(id, system, direction, source, Status.RUNNING, ExchangeCounts.NONE, null));
        return id;
    }

    @Override
    public Status finish(long exchangeId, String system, String messageId, ExchangeCounts counts, boolean duplicate) {
        Status status = duplicate ? Status.DUPLICATE : counts.rejected() > 0 ? Status.PARTIAL : Status.COMPLETED;
        entries.computeIfPresent(exchangeId, (id, e) -> new Entry(id, e.system(), e.direction(), e.source(), status,
                counts, null));
        return status;
    }

    @Override
    public void fail(long exchangeId, ExchangeCounts counts, String error) {
        entries.computeIfPresent(exchangeId, (id, e) -> new Entry(id, e.system(), e.direction(), e.source(),
                Status.FAILED, counts, error));
    }

    @Override
    public Optional<String> cursor(String system) {
        return Optional.ofNullable(cursors.get(system));
    }

    @Override
    public void moveCursor(String system, String position) {
        cursors.put(system, position);
    }

    List<Entry> withStatus(Status status) {
        return entries.values().stream().filter(e -> e.status() == status).toList();
    }
}
