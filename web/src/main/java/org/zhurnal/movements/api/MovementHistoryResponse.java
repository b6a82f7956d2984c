package org.zhurnal.movements.api;

import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.movements.application.MovementHistory;

/** A student's movement history on the wire (dates as {@code yyyy-MM-dd}). */
public record MovementHistoryResponse(Long personId, String displayName, Long schoolId, Long currentClassId,
                                      String currentClassName, List<Event> events) {

    public record Event(Long id, String kind, String date, Long classId, String className, String yearLabel,
                        Long groupId, String groupName, String orderRef) {
    }

    static MovementHistoryResponse of(MovementHistory h) {
        return new MovementHistoryResponse(h.personId(), h.displayName(), h.schoolId(), h.currentClassId(),
                h.currentClassName(), h.events().stream().map(e -> new Event(e.id(), e.kind(), WireDates.text(e.date()),
                        e.classId(), e.className(), e.yearLabel(), e.groupId(), e.groupName(), e.orderRef())).toList());
    }
}
