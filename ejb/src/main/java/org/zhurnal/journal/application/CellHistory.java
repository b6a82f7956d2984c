package org.zhurnal.journal.application;

import java.util.List;

/** The append-only history of a lesson's cells, as the grid's «история» shows it. */
public interface CellHistory {

    /**
     * One change: {@code cell} MARK (with its position) or ATTENDANCE; old and new values as the journal writes
     * them («5/4», «Н»; null: none); who (the staff person's name when their account is bound), when, why,
     * and who approved it; {@code changedAt} an ISO instant ({@code 2026-11-22T03:15:00Z}).
     */
    record Entry(String cell, Long studentId, Integer position, String action, String oldValue, String newValue,
                 Long oldWorkKindId, Long newWorkKindId, String comment, String changedAt, String changedByName,
                 String reason, String approvedByName, Long changeRequestId) {
    }

    /** The changes of the lesson's cells (of one student when {@code studentId} is set), oldest first. */
    List<Entry> of(int schoolYear, Long lessonId, Long studentId);
}
