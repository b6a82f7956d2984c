package org.zhurnal.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhurnal.shared.error.AccessDeniedException;

/**
 * Who may set up and run one school: the one place that answers it, so every service asks the same
 * question. The region administrator may administer every school; anybody else only a school where the
 * person card their account is bound to (a confirmed binding) holds a current journal administrator
 * position. Everybody else is refused — deny by default, also without an actor or a school.
 * Asked inside the calling service's transaction.
 */
@ApplicationScoped
public class SchoolAccess {

    @Inject
    SchoolStaff staff;

    /** Refuses unless the actor may administer the school's set-up (structure, calendar, people). */
    public Actor requireAdministration(Actor actor, Long schoolId) {
        if (!mayAdminister(actor, schoolId)) {
            throw new AccessDeniedException();
        }
        return actor;
    }

    public boolean mayAdminister(Actor actor, Long schoolId) {
        if (actor == null || schoolId == null) {
            return false;
        }
        if (actor.has(Role.REGION_ADMIN)) {
            return true;
        }
        return actor.boundPerson().map(person -> staff.isCurrentJournalAdmin(person, schoolId)).orElse(false);
    }
}
