package org.zhurnal.federal.application;

/** A confirmed final mark (period 1–4, or 0 for the year) as the federal feed sends it; the student by card id. */
public record ChangedFinalMark(long schoolId, String schoolInn, long classId, long subjectId, String subjectName,
                               long studentRef, int period, Integer value, boolean notAttested) {
}
