package org.zhurnal.timetable.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;
import org.zhurnal.timetable.domain.SchoolWeeks;
import org.zhurnal.timetable.persistence.SchoolFacts;

/**
 * Who may see and change a school's timetable, substitutions and thematic plans: the school's journal
 * administrator and the region administrator change them; the school's staff (teachers, director, deputies)
 * read them. Everybody else is refused. Also answers what "today" is at the school (the region's time zone).
 */
@ApplicationScoped
public class TimetableAccess {

    static final String NO_SCHOOL = "Школа не найдена";

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    SchoolFacts facts;

    @Inject
    Clock clock;

    /** Refuses unless the actor may change the school's timetable; returns the school's today. */
    public LocalDate requireWrite(Actor actor, long schoolId) {
        schoolAccess.requireAdministration(actor, schoolId);
        return today(schoolId);
    }

    /** Refuses unless the actor may read the school's timetable; returns the school's today. */
    public LocalDate requireRead(Actor actor, long schoolId) {
        if (actor == null) {
            throw new AccessDeniedException();
        }
        boolean admin = schoolAccess.mayAdminister(actor, schoolId);
        LocalDate today = admin ? today(schoolId) : null;
        if (!admin) {
            today = actor.boundPerson().map(person -> staffToday(person, schoolId))
                    .orElseThrow(AccessDeniedException::new);
        }
        return today;
    }

    public boolean mayWrite(Actor actor, long schoolId) {
        return schoolAccess.mayAdminister(actor, schoolId);
    }

    private LocalDate staffToday(long person, long schoolId) {
        ZoneId zone = facts.zone(schoolId).orElseThrow(AccessDeniedException::new);
        LocalDate today = SchoolWeeks.today(clock, zone);
        if (!facts.isStaff(person, schoolId, today)) {
            throw new AccessDeniedException();
        }
        return today;
    }

    private LocalDate today(long schoolId) {
        return SchoolWeeks.today(clock, facts.zone(schoolId).orElseThrow(() -> new NotFoundException(NO_SCHOOL)));
    }
}
