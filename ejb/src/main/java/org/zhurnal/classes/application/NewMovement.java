package org.zhurnal.classes.application;

import java.time.LocalDate;

/**
 * A movement of an enrolled student: leaving the school, a transfer to another class ({@code toClassId}),
 * or a move between groups of their class ({@code fromGroupId} and/or {@code toGroupId}).
 */
public record NewMovement(Kind kind, LocalDate date, Long toClassId, Long toGroupId, Long fromGroupId,
                          String orderRef) {

    public enum Kind { LEAVE, TRANSFER, GROUP_MOVE }
}
