package org.zhurnal.federal.application;

/** An answer as it was recorded for a СМЭВ request: our message id and the content sent, the same on every retry. */
public record StoredAnswer(String responseMessageId, String content, boolean refused) {
}
