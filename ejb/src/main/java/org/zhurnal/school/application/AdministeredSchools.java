package org.zhurnal.school.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * The school a set-up service works on: the actor must be allowed to administer it ({@link SchoolAccess}),
 * and it must be a school of this deployment's region. Used inside the calling service's transaction.
 */
@ApplicationScoped
public class AdministeredSchools {

    @Inject
    CurrentRegion currentRegion;

    @Inject
    Schools schools;

    @Inject
    SchoolAccess access;

    /** The school, once the actor is allowed to administer it; an unknown school is not found. */
    public School require(Actor actor, Long schoolId) {
        access.requireAdministration(actor, schoolId);
        return currentRegion.find().flatMap(region -> schools.find(region, schoolId))
                .orElseThrow(() -> new NotFoundException(SchoolService.NOT_FOUND));
    }
}
