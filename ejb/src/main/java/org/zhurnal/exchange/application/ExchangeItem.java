package org.zhurnal.exchange.application;

import java.time.Instant;

/** One exchange as the log shows it. */
public record ExchangeItem(long id, String system, String direction, String channel, String messageId, String source,
                           String status, int received, int applied, int duplicates, int rejected, Instant startedAt,
                           Instant finishedAt, String error) {
}
