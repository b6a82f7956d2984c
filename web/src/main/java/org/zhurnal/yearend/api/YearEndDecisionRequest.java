package org.zhurnal.yearend.api;

/** Body of a year-end decision: {@code RETAINED}, {@code LEAVES} or null (promoted as usual), and the order. */
public record YearEndDecisionRequest(String decision, String orderRef) {

    static final YearEndDecisionRequest EMPTY = new YearEndDecisionRequest(null, null);
}
