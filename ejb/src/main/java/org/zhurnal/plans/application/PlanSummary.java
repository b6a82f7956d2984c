package org.zhurnal.plans.application;

/** A thematic plan in a list: whose, how many topics and hours, against the curriculum, with the warning. */
public record PlanSummary(long id, long yearId, long subjectId, String subject, int grade, Long teacherId,
                          String teacher, int topics, int hours, Integer curriculumHours, String warning) {
}
