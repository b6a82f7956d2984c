package org.zhurnal.plans.domain;

/** A topic of a thematic plan: its full title, hours (lessons) it takes, kind and optional homework. */
public record PlanTopic(String title, int hours, TopicKind kind, String homework) {
}
