package org.zhurnal.plans.application;

/** The identity of a stored plan. */
public record PlanHeader(long id, long schoolId, long yearId, long subjectId, int grade, Long teacherId) {
}
