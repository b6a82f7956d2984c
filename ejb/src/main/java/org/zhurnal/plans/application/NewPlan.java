package org.zhurnal.plans.application;

import java.util.List;
import org.zhurnal.plans.domain.TopicInput;

/** A plan to create: year, subject, grade, optionally a teacher's own plan, and its first topics. */
public record NewPlan(Long yearId, Long subjectId, Integer grade, Long teacherId, List<TopicInput> topics) {
}
