package org.zhurnal.federal.api;

/** What a re-run wrote: the date and how many rows (class × subject). */
public record AnalyticsRunView(String date, int rows) {
}
