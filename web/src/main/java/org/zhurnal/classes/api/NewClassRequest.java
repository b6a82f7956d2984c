package org.zhurnal.classes.api;

import org.zhurnal.classes.application.NewClass;

/** Body of {@code POST /schools/{id}/classes}: {@code {"yearId":3,"grade":5,"letter":"А","classTeacherPersonId":null}}. */
public record NewClassRequest(Long yearId, Integer grade, String letter, Long classTeacherPersonId) {

    static final NewClassRequest EMPTY = new NewClassRequest(null, null, null, null);

    NewClass toInput() {
        return new NewClass(yearId, grade, letter, classTeacherPersonId);
    }
}
