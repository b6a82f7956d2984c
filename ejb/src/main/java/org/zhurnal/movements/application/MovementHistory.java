package org.zhurnal.movements.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's movements at their school (движение обучающегося), oldest first, with the class they are in
 * today (null when none) — what the journal administrator's movements screen shows.
 */
public record MovementHistory(Long personId, String displayName, Long schoolId, Long currentClassId,
                              String currentClassName, List<Entry> events) {

    /** One event: ARRIVE, LEAVE, TRANSFER, GROUP_JOIN or GROUP_LEAVE, from {@code date}, on the order. */
    public record Entry(Long id, String kind, LocalDate date, Long classId, String className, String yearLabel,
                        Long groupId, String groupName, String orderRef) {
    }
}
