package org.zhurnal.movements.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.guardians.application.PersonalDataAccess;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * A student's movement history for whoever administers the student's school (the school of their latest
 * movement) and for the class teacher of the student's class today; every read is audited, as it is personal data.
 */
@Stateless
public class MovementHistoryService {

    @Inject
    Students students;

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    PersonalDataAccess personalData;

    @Inject
    MovementHistoryReads reads;

    @Inject
    AuditLog audit;

    /**
     * Whoever administers the student's school, or the class teacher of the student's class there today
     * ({@link PersonalDataAccess}); the class teacher of another class, or of a class elsewhere, is refused.
     */
    private void requireReader(Actor actor, Long personId, Long schoolId, LocalDate today) {
        if (schoolAccess.mayAdminister(actor, schoolId)) {
            return;
        }
        boolean classTeacherHere = personalData.requireStudent(actor, personId, today).stream()
                .anyMatch(place -> schoolId.equals(place.schoolId()));
        if (!classTeacherHere) {
            throw new AccessDeniedException();
        }
    }

    public MovementHistory history(Actor actor, Long personId) {
        Long schoolId = students.latestSchoolOf(personId).orElseThrow(() -> new NotFoundException("Обучающийся не найден"));
        LocalDate today = personalData.today();
        requireReader(actor, personId, schoolId, today);
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
