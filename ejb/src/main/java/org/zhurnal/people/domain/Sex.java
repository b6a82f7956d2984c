package org.zhurnal.people.domain;

/** Sex as recorded on documents. */
public enum Sex {
    MALE,
    FEMALE
}
