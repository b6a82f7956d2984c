package org.zhurnal.federal.application;

import java.time.Instant;
import java.time.LocalDate;

/** An export file in the outbox: its name, the date it covers, format ({@code csv}/{@code json}), size, when written. */
public record AnalyticsFile(String name, LocalDate date, String format, long size, Instant writtenAt) {
}
