package org.zhurnal.integration.camel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;

/** The exchange log and cursors in memory, for outbound routes' tests. */
public class LoggedExchanges extends ExchangeJournal {

    public record Entry(long id, String system, Direction direction, String source, Status status, ExchangeCounts counts,
                 String error) {
    }

    private final AtomicLong ids = new AtomicLong();
    public final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    public final Map<String, String> cursors = new ConcurrentHashMap<>();

    @Override
    public long begin(String system, Direction direction, String channel, String source) {
        long id = ids.incrementAndGet();
        entries.put(id, new Entry(id, system, direction, source, Status.RUNNING, ExchangeCounts.NONE, null));
        return id;
    }

    public final java.util.Set<String> processed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean messageProcessed(String system, String messageId) {
        return processed.contains(system + "/" + messageId);
    }

    @Override
    public Status finish(long exchangeId, String system, String messageId, ExchangeCounts counts, boolean duplicate) {
        Status status = duplicate ? Status.DUPLICATE : counts.rejected() > 0 ? Status.PARTIAL : Status.COMPLETED;
        if (!duplicate && messageId != null) {
            processed.add(system + "/" + messageId);
        }
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

    public List<Entry> withStatus(Status status) {
        return entries.values().stream().filter(e -> e.status() == status).toList();
    }
}
