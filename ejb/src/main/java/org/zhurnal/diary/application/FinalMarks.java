package org.zhurnal.diary.application;

import java.util.Map;

/**
 * Final marks (итоговые отметки) in the diary: the journal feature owns them; the diary reads the confirmed
 * ones (see {@code diary.persistence.SqlFinalMarks}).
 */
public interface FinalMarks {

    /** Subject id → the final mark as shown («5», «н/а»); empty when none is confirmed. */
    Map<Long, String> of(long studentPersonId, long periodId);
}
