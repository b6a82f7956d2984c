package org.zhurnal.curriculum.api;

import org.zhurnal.curriculum.application.NewSubject;

/** Body of {@code POST /subjects}: no {@code schoolId} adds to the region's catalogue. */
public record NewSubjectRequest(String name, String shortName, Long schoolId) {

    NewSubject toInput() {
        return new NewSubject(name, shortName, schoolId);
    }
}
