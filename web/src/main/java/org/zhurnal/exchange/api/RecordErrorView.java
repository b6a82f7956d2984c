package org.zhurnal.exchange.api;

import org.zhurnal.exchange.application.RecordErrorItem;

/** A refused record: the other system's record id, its kind, the reason in Russian. */
public record RecordErrorView(String recordId, String kind, String reason, String at) {

    static RecordErrorView of(RecordErrorItem item) {
        return new RecordErrorView(item.recordId(), item.kind(), item.reason(), ExchangeView.iso(item.at()));
    }
}
