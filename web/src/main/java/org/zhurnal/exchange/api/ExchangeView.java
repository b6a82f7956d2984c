package org.zhurnal.exchange.api;

import java.time.Instant;
import org.zhurnal.exchange.application.ExchangeItem;

/** One exchange of the log on the wire; times as ISO instants. */
public record ExchangeView(long id, String system, String direction, String channel, String messageId, String source,
                           String status, int received, int applied, int duplicates, int rejected, String startedAt,
                           String finishedAt, Long durationMs, String error) {

    static ExchangeView of(ExchangeItem item) {
        Long duration = item.finishedAt() == null ? null
                : item.finishedAt().toEpochMilli() - item.startedAt().toEpochMilli();
        return new ExchangeView(item.id(), item.system(), item.direction(), item.channel(), item.messageId(),
                item.source(), item.status(), item.received(), item.applied(), item.duplicates(), item.rejected(),
                iso(item.startedAt()), iso(item.finishedAt()), duration, item.error());
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
