package org.zhurnal.federal.application;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the journals in a window of time ({@code from} exclusive, {@code to} inclusive): the lessons
 * whose topic, homework, marks or attendance changed (each with its current state) and the final marks confirmed.
 * Students are named by the id of their person card only: no names, no SNILS.
 */
public record JournalChanges(Instant from, Instant to, List<ChangedLesson> lessons, List<ChangedFinalMark> finalMarks) {

    public boolean isEmpty() {
        return lessons.isEmpty() && finalMarks.isEmpty();
    }
}
