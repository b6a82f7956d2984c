package org.zhurnal.diary.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** «Оценки»: the subjects of a period (those with lessons or marks) and their marks, by subject name. */
@JsonbPropertyOrder({"studentPersonId", "period", "subjects"})
public record MarksReport(long studentPersonId, PeriodView period, List<SubjectMarksView> subjects) {
}
