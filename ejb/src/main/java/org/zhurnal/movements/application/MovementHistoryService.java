package org.zhurnal.movements.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * A student's movement history for whoever administers the student's school (the school of their latest
 * movement); every read is audited, as it is personal data.
 */
@Stateless
public class MovementHistoryService {

    @Inject
    Students students;

    @Inject
    AdministeredSchools schools;

    @Inject
    MovementHistoryReads reads;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public MovementHistory history(Actor actor, Long personId) {
        Long schoolId = students.latestSchoolOf(personId).orElseThrow(() -> new NotFoundException("Обучающийся не найден"));
        School school = schools.require(actor, schoolId);
        LocalDate today = school.region().today(clock);
        List<MovementHistory.Entry> events = reads.events(schoolId, personId);
        MovementHistory.Entry current = null;
        for (MovementHistory.Entry event : events) {
            if (!event.date().isAfter(today) && event.groupId() == null) {
                current = "ARRIVE".equals(event.kind()) ? event : null;
            }
        }
        audit.record(actor, AuditAction.STUDENT_MOVEMENTS_READ, personId);
        return new MovementHistory(personId, reads.displayName(personId).orElseThrow(), schoolId,
                current == null ? null : current.classId(), current == null ? null : current.className(), events);
    }
}
