package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.domain.Person;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.school.domain.StaffPosition;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/**
 * Appoints and removes each school's journal administrators (the region administrator's job). An
 * appointment finds or creates the person card by SNILS and opens a JOURNAL_ADMIN position from today
 * (the region's date); removing ends the position, keeping it as history. Both are audited.
 */
@Stateless
public class SchoolAdministrators {

    @Inject
    CurrentRegion currentRegion;

    @Inject
    Schools schools;

    @Inject
    PersonCards personCards;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public AdministratorItem appoint(Actor actor, Long schoolId, PersonCardInput person) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        School school = school(schoolId);
        LocalDate today = school.region().today(clock);
        Person card = personCards.findOrRegister(actor, person, today);
        StaffPosition appointment = school.appoint(card.id(), Position.JOURNAL_ADMIN, today);
        schools.store(school);
        audit.record(actor, AuditAction.STAFF_APPOINTED, appointment.id());
        return new AdministratorItem(card.id(), card.displayName());
    }

    public void remove(Actor actor, Long schoolId, Long personId) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        School school = school(schoolId);
        StaffPosition ended = school.endAppointment(personId, Position.JOURNAL_ADMIN, school.region().today(clock));
        schools.store(school);
        audit.record(actor, AuditAction.STAFF_APPOINTMENT_ENDED, ended.id());
    }

    private School school(Long schoolId) {
        return currentRegion.find().flatMap(region -> schools.find(region, schoolId))
                .orElseThrow(() -> new NotFoundException(SchoolService.NOT_FOUND));
    }
}
