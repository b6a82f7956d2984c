package org.zhurnal.diary.application;

import java.util.List;

/** «Оценки»: the subjects of a period (those with lessons or marks) and their marks, by subject name. */
public record MarksReport(long studentPersonId, PeriodView period, List<SubjectMarksView> subjects) {
}
