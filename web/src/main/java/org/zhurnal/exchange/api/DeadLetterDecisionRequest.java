package org.zhurnal.exchange.api;

/** Retry or discard a waiting dead letter ({@code id} as listed), with the operator's reason. */
public record DeadLetterDecisionRequest(String id, String reason) {
}
