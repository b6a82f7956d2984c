package org.zhurnal.shared.security;

/**
 * Who may set up and run one school: the one place that answers it, so every service asks the same
 * question. Today that is the region administrator only — deny by default — because which school a
 * journal administrator's account belongs to is known only once accounts are bound to staff cards
 * (the sign-in issue); that binding will widen this policy here and nowhere else.
 */
public final class SchoolAccess {

    private SchoolAccess() {
    }

    /** Refuses unless the actor may administer the school's set-up (structure, calendar, people). */
    public static Actor requireAdministration(Actor actor, Long schoolId) {
        return Access.requireRole(actor, Role.REGION_ADMIN);
    }
}
