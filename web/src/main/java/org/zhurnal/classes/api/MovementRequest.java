package org.zhurnal.classes.api;

import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.classes.application.NewMovement;

/**
 * Body of {@code POST /students/{personId}/movements}: {@code kind} LEAVE, TRANSFER ({@code toClassId}) or
 * GROUP_MOVE ({@code fromGroupId} and/or {@code toGroupId}), the date and the order.
 */
public record MovementRequest(String kind, String date, Long toClassId, Long toGroupId, Long fromGroupId,
                              String orderRef) {

    static final MovementRequest EMPTY = new MovementRequest(null, null, null, null, null, null);

    NewMovement toInput() {
        return new NewMovement(WireDates.choice(NewMovement.Kind.class, kind, "kind"), WireDates.date(date, "date"),
                toClassId, toGroupId, fromGroupId, orderRef);
    }
}
