package org.zhurnal.diary.application;

import java.util.Map;

/**
 * Extension point for final marks (итоговые отметки) in the diary: the journal feature owns them; once its
 * table exists, an implementation of this interface (a CDI bean replacing {@link NoFinalMarks}, e.g. as an
 * {@code @Alternative @Priority}) returns the confirmed final mark per subject of a student and period.
 */
public interface FinalMarks {

    /** Subject id → the final mark as shown («5», «н/а»); empty when none is confirmed. */
    Map<Long, String> of(long studentPersonId, long periodId);
}
