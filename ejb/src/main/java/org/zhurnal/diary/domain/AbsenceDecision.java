package org.zhurnal.diary.domain;

/** The class teacher's decision on an absence report. */
public enum AbsenceDecision {
    /** Accepted: the lessons of those days are to be marked Б ({@code ILL}) or У ({@code EXCUSED}). */
    ACCEPTED,
    REJECTED
}
