package org.zhurnal.school.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * The first step of every school set-up service: may the actor administer this school ({@link SchoolAccess}),
 * and is it a school of this region? Runs in the caller's transaction.
 */
@ApplicationScoped
public class AdministeredSchools {

    @Inject
    CurrentRegion currentRegion;

    @Inject
    Schools schools;

    @Inject
    SchoolAccess access;

    /**
     * The school, loaded for changing it.
     *
     * @throws org.zhurnal.shared.error.AccessDeniedException when the actor may not administer it
     * @throws NotFoundException when there is no such school in the region
     */
    public School require(Actor actor, Long schoolId) {
        return require(actor, schoolId, false);
    }

    /**
     * The school, for an actor who may administer it or whom the caller admitted already ({@code admitted}: e.g. the
     * class teacher reading their own class).
     */
    public School require(Actor actor, Long schoolId, boolean admitted) {
        if (!admitted) {
            access.requireAdministration(actor, schoolId);
        }
        return currentRegion.find().flatMap(region -> schools.find(region, schoolId))
                .orElseThrow(() -> new NotFoundException(SchoolService.NOT_FOUND));
    }
}
