package org.zhurnal.journal.domain;

import java.math.BigDecimal;

/** A stored mark: a student's mark in one position of one lesson, with its kind of work and weight. */
public record MarkCell(Long studentId, int position, MarkValue value, Long workKindId, BigDecimal weight,
                       String comment) {

    public boolean sameAs(MarkCell other) {
        return other != null && value.equals(other.value) && workKindId.equals(other.workKindId)
                && java.util.Objects.equals(comment, other.comment);
    }
}
