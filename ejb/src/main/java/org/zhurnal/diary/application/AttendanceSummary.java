package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * «Посещаемость»: per subject, the lessons held in the period up to today (not cancelled) and how many
 * of them were marked Н ({@code absent}), Б ({@code ill}), У ({@code excused}); {@code total} sums them.
 */
@JsonbPropertyOrder({"studentPersonId", "period", "subjects", "total"})
public record AttendanceSummary(long studentPersonId, PeriodView period, List<Line> subjects, Line total) {

    @JsonbNillable
    @JsonbPropertyOrder({"subjectId", "subject", "lessons", "absent", "ill", "excused"})
    public record Line(Long subjectId, String subject, int lessons, int absent, int ill, int excused) {
    }
}
