package org.zhurnal.diary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.zhurnal.diary.persistence.JpaStudentContexts;
import org.zhurnal.school.application.RegionSettings;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;

/**
 * Who may read whose diary — the one place that answers it (docs/journal-design.md, "Access"): the student
 * themselves (the account's person card is an enrolled student), a current legal representative
 * (guardianship valid today), or the class teacher of the student's class today. Everybody else is refused,
 * also an unknown student (no hint whether the card exists). "Today" is the region's date.
 */
@ApplicationScoped
public class DiaryAccess {

    /** How the actor reads the diary. */
    public enum Reader {
        SELF, GUARDIAN, CLASS_TEACHER
    }

    /** An opened diary: the student's context and the reader's relation to them. */
    public record Opened(StudentContext student, Reader reader, LocalDate today) {
    }

    @Inject
    JpaStudentContexts contexts;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), region.timeZone());
    }

    /** Opens the student's diary for the actor, or refuses. */
    public Opened open(Actor actor, long studentPersonId) {
        if (actor == null || actor.personId() == null) {
            throw new AccessDeniedException();
        }
        LocalDate today = today();
        StudentContext student = contexts.find(studentPersonId, actor.personId(), today)
                .orElseThrow(AccessDeniedException::new);
        return new Opened(student, readerOf(actor, student, today), today);
    }

    /** Opens the diary only for a current legal representative (reporting an absence). */
    public Opened openAsGuardian(Actor actor, long studentPersonId) {
        Opened opened = open(actor, studentPersonId);
        if (opened.reader() != Reader.GUARDIAN) {
            throw new AccessDeniedException();
        }
        return opened;
    }

    static Reader readerOf(Actor actor, StudentContext student, LocalDate today) {
        if (student.guardedByActor()) {
            return Reader.GUARDIAN;
        }
        if (actor.personId().equals(student.personId()) && !student.classes().isEmpty()) {
            return Reader.SELF;
        }
        boolean classTeacher = student.classOn(today)
                .map(ClassInfo::classTeacherPersonId)
                .filter(actor.personId()::equals)
                .isPresent();
        if (classTeacher) {
            return Reader.CLASS_TEACHER;
        }
        throw new AccessDeniedException();
    }
}
