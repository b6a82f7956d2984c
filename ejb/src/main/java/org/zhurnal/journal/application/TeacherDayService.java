package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.zhurnal.school.application.CurrentRegion;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;

/** The signed-in teacher's own day: only for an account bound to a person card. */
@Stateless
public class TeacherDayService {

    @Inject
    TeacherDays days;

    @Inject
    CurrentRegion region;

    @Inject
    Clock clock;

    public TeacherDay myDay(Actor actor, LocalDate date) {
        if (actor == null || actor.personId() == null) {
            throw new AccessDeniedException();
        }
        return days.of(actor.personId(), date != null ? date : region.obtain().today(clock));
    }
}
