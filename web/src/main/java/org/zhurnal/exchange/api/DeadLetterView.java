package org.zhurnal.exchange.api;

import org.zhurnal.exchange.application.DeadLetterItem;

/** A dead letter without its body: WAITING ones can be retried or discarded by {@code id}. */
public record DeadLetterView(String id, String routeId, String source, int size, String failure, String failedAt,
                             String status, String reason, String resolvedAt) {

    static DeadLetterView of(DeadLetterItem item) {
        return new DeadLetterView(item.id(), item.routeId(), item.source(), item.size(), item.failure(),
                ExchangeView.iso(item.failedAt()), item.status(), item.reason(), ExchangeView.iso(item.resolvedAt()));
    }
}
