package org.zhurnal.diary.application;

import java.util.List;

/**
 * «Посещаемость»: per subject, the lessons held in the period up to today (not cancelled) and how many
 * of them were marked Н ({@code absent}), Б ({@code ill}), У ({@code excused}); {@code total} sums them.
 */
public record AttendanceSummary(long studentPersonId, PeriodView period, List<Line> subjects, Line total) {

    public record Line(Long subjectId, String subject, int lessons, int absent, int ill, int excused) {
    }
}
