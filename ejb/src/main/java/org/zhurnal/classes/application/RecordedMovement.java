package org.zhurnal.classes.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.classes.domain.EnrolmentEvent;

/** The events a movement appended to the student's history, in order. */
public record RecordedMovement(Long personId, List<Event> events) {

    public record Event(Long id, String kind, Long classId, Long groupId, LocalDate date) {
    }

    static RecordedMovement of(Long personId, List<EnrolmentEvent> events) {
        return new RecordedMovement(personId, events.stream().map(e -> new Event(e.id(), e.kind().name(),
                e.schoolClassId(), e.classGroupId().orElse(null), e.effectiveOn())).toList());
    }
}
