package org.zhurnal.exchange.application;

import java.time.Instant;

/**
 * A dead-lettered message without its body (which may hold personal data): where it came from, why it failed,
 * and for a resolved one what the operator did and why. A waiting one is named by its queue message id.
 */
public record DeadLetterItem(String id, String routeId, String source, int size, String failure, Instant failedAt,
                             String status, String reason, Instant resolvedAt) {
}
