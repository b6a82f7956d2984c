package org.zhurnal.plans.application;

import java.util.List;

/** A thematic plan with its topics in order. */
public record PlanView(PlanSummary plan, List<TopicView> topics) {
}
