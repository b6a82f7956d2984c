package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/**
 * Appoints and removes each school's journal administrators (the region administrator's job): a
 * JOURNAL_ADMIN position through {@link StaffAppointments}, on the person card found or created by SNILS.
 */
@Stateless
public class SchoolAdministrators {

    @Inject
    CurrentRegion currentRegion;

    @Inject
    Schools schools;

    @Inject
    StaffAppointments appointments;

    public AdministratorItem appoint(Actor actor, Long schoolId, PersonCardInput person) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        StaffMember appointed = appointments.appoint(actor, school(schoolId), person, Set.of(Position.JOURNAL_ADMIN));
        return new AdministratorItem(appointed.personId(), appointed.displayName());
    }

    public void remove(Actor actor, Long schoolId, Long personId) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        appointments.end(actor, school(schoolId), personId, Position.JOURNAL_ADMIN);
    }

    private School school(Long schoolId) {
        return currentRegion.find().flatMap(region -> schools.find(region, schoolId))
                .orElseThrow(() -> new NotFoundException(SchoolService.NOT_FOUND));
    }
}
