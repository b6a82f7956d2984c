package org.zhurnal.plans.application;

import org.zhurnal.plans.domain.TopicKind;

/** A topic of a plan as stored. */
public record TopicView(long id, int position, String title, int hours, TopicKind kind, String kindName,
                        String homework) {
}
