package org.zhurnal.exchange.application;

import java.time.Instant;

/** A record an exchange refused, named by the other system's record id, with the reason in Russian. */
public record RecordErrorItem(String recordId, String kind, String reason, Instant at) {
}
