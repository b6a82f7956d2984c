package org.zhurnal.plans.application;

import java.util.List;

/**
 * The plan topics a lesson's topic is picked from: the plan of the lesson's subject and grade (the teacher's
 * own plan when there is one), each topic with how many earlier lessons of the same class (and group) used it;
 * {@code suggestedTopicId} is the first topic not yet used for all its hours; {@code chosenTopicId} the
 * lesson's current one. {@code planId} is null when there is no plan.
 */
public record LessonTopics(long lessonId, Long planId, Long chosenTopicId, Long suggestedTopicId,
                           List<Topic> topics) {

    public record Topic(long id, int position, String title, int hours, String kind, String kindName,
                        String homework, int usedBefore, boolean used) {
    }
}
