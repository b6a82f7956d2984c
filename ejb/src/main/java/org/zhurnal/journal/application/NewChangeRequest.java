package org.zhurnal.journal.application;

/** A request to change a mark after its window: the wanted value (null: remove the mark) and why. */
public record NewChangeRequest(Long studentId, int position, Integer value, Integer value2, Long workKindId,
                               String reason) {
}
