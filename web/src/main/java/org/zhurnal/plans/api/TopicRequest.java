package org.zhurnal.plans.api;

import java.util.List;
import java.util.Objects;
import org.zhurnal.plans.domain.TopicInput;

/** A topic typed in the editor: kind as a code (REGULAR, PRACTICAL, …) or its Russian name. */
public record TopicRequest(String title, Integer hours, String kind, String homework) {

    static List<TopicInput> inputs(List<TopicRequest> topics) {
        List<TopicRequest> given = Objects.requireNonNullElse(topics, List.of());
        return java.util.stream.IntStream.range(0, given.size()).mapToObj(i -> {
            TopicRequest topic = given.get(i) == null ? new TopicRequest(null, null, null, null) : given.get(i);
            return new TopicInput(i + 1, topic.title(), topic.hours() == null ? null : topic.hours().toString(),
                    topic.kind(), topic.homework());
        }).toList();
    }
}
