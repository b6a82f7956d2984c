package org.zhurnal.curriculum.api;

import java.util.List;
import java.util.Objects;
import org.zhurnal.curriculum.domain.CurriculumPlan;

/** Body of {@code PUT /schools/{id}/curriculum}: the year and every line of its new plan. */
public record ReplaceCurriculumRequest(Long yearId, List<Item> items) {

    public record Item(Integer grade, Long subjectId, Integer hoursPerYear) {
    }

    List<CurriculumPlan.Line> lines() {
        return Objects.requireNonNullElse(items, List.<Item>of()).stream()
                .map(item -> item == null ? null : new CurriculumPlan.Line(item.grade(), item.subjectId(),
                        item.hoursPerYear()))
                .toList();
    }
}
