package org.zhurnal.shared.security;

import org.zhurnal.shared.error.AccessDeniedException;

/** Role checks for application services: deny by default, including when there is no actor at all. */
public final class Access {

    private Access() {
    }

    /** Refuses unless the actor holds the role. */
    public static Actor requireRole(Actor actor, Role role) {
        if (actor == null || !actor.has(role)) {
            throw new AccessDeniedException();
        }
        return actor;
    }
}
