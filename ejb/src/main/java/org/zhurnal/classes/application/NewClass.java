package org.zhurnal.classes.application;

/** What opening a class takes: the academic year, grade 1–11, letter and optionally the class teacher. */
public record NewClass(Long yearId, Integer grade, String letter, Long classTeacherPersonId) {
}
