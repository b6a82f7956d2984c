package org.zhurnal.plans.api;

import java.util.List;
import org.zhurnal.plans.application.NewPlan;

/** A plan to create: the year, subject, grade, optionally a teacher's own plan, and topics (may be empty). */
public record NewPlanRequest(Long yearId, Long subjectId, Integer grade, Long teacherId, List<TopicRequest> topics) {

    NewPlan toInput() {
        return new NewPlan(yearId, subjectId, grade, teacherId, TopicRequest.inputs(topics));
    }
}
