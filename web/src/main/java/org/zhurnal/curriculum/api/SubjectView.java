package org.zhurnal.curriculum.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.zhurnal.curriculum.application.SubjectItem;

/** A subject: {@code schoolId} is null for the region's catalogue. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "shortName", "schoolId"})
public record SubjectView(Long id, String name, String shortName, Long schoolId) {

    static SubjectView of(SubjectItem item) {
        return new SubjectView(item.id(), item.name(), item.shortName(), item.schoolId());
    }
}
