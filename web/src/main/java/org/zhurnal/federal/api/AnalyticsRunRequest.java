package org.zhurnal.federal.api;

/** Re-run the analytics export for a past date ({@code yyyy-MM-dd}). */
public record AnalyticsRunRequest(String date) {
}
