package org.zhurnal.federal.api;

import org.zhurnal.federal.application.AnalyticsFile;

/** An export file as the screen lists it; dates and times as ISO strings. */
public record AnalyticsFileView(String name, String date, String format, long size, String writtenAt) {

    static AnalyticsFileView of(AnalyticsFile file) {
        return new AnalyticsFileView(file.name(), file.date().toString(), file.format(), file.size(),
                file.writtenAt().toString());
    }
}
