package org.zhurnal.exchange.application;

/** How many records an exchange received, applied, skipped as already applied, and refused. */
public record ExchangeCounts(int received, int applied, int duplicates, int rejected) {

    public static final ExchangeCounts NONE = new ExchangeCounts(0, 0, 0, 0);
}
