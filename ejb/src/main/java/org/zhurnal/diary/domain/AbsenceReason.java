package org.zhurnal.diary.domain;

/** Why a parent says the child will be absent. */
public enum AbsenceReason {
    ILLNESS, FAMILY, OTHER
}
