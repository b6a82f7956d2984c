package org.zhurnal.school.domain;

/** A staff position (должность) a person holds at a school. */
public enum Position {
    DIRECTOR,
    DEPUTY_DIRECTOR,
    JOURNAL_ADMIN,
    TEACHER,
    SECRETARY
}
