package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.query.PageWindow;
import org.zhurnal.shared.security.Actor;

/** A school's staff: who holds which position there, found by name a page at a time, and added one by one. */
@Stateless
public class StaffService {

    @Inject
    AdministeredSchools administeredSchools;

    @Inject
    StaffAppointments appointments;

    @Inject
    StaffDirectory directory;

    public StaffPage search(Actor actor, Long schoolId, String text, int page, int size) {
        administeredSchools.require(actor, schoolId);
        return directory.search(schoolId, new StaffSearch(text, new PageWindow(page, size)));
    }

    /**
     * Adds a member of staff: the person card by SNILS (found or created) and the positions they do not
     * hold yet; refused when they hold them all already.
     */
    public StaffMember add(Actor actor, Long schoolId, PersonCardInput person, Set<Position> positions) {
        return appointments.appoint(actor, administeredSchools.require(actor, schoolId), person, positions);
    }
}
