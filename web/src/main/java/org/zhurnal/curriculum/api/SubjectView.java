package org.zhurnal.curriculum.api;

import org.zhurnal.curriculum.application.SubjectItem;

/** A subject: {@code schoolId} is null for the region's catalogue. */
public record SubjectView(Long id, String name, String shortName, Long schoolId) {

    static SubjectView of(SubjectItem item) {
        return new SubjectView(item.id(), item.name(), item.shortName(), item.schoolId());
    }
}
