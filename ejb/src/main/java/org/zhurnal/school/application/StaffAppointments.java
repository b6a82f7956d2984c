package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.application.PersonCards.SnilsRequirement;
import org.zhurnal.people.domain.Person;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.school.domain.StaffPosition;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Who holds which position at a school: appointing finds or creates the person card by SNILS and opens the
 * positions from today (the region's date); ending closes one and keeps it as history. Every opened and
 * ended position is audited. Used inside the calling service's transaction (journal administrators, staff,
 * the staff import), which has loaded the school.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StaffAppointments {

    @Inject
    Schools schools;

    @Inject
    PersonCards personCards;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SchoolAccess access;

    /**
     * Appoints one person, refusing when they hold every one of the positions already. The card is found by
     * SNILS among all the region's cards (a person working at another school is linked, not duplicated).
     */
    public StaffMember appoint(Actor actor, School school, PersonCardInput person, Set<Position> positions) {
        requireMayAppoint(actor, school, positions);
        LocalDate today = school.region().today(clock);
        Person card = personCards.findOrRegisterChecked(actor, person, null, SnilsRequirement.REQUIRED, today);
        List<StaffPosition> opened = school.appointAll(card.id(), positions, today);
        schools.store(school);
        audit.recordAll(actor, AuditAction.STAFF_APPOINTED, opened.stream().map(StaffPosition::id).toList());
        return new StaffMember(card.id(), card.displayName(), List.copyOf(school.currentPositions(card.id())));
    }

    /**
     * Appoints many people whose cards exist (an import) to the positions each lacks; holding some already
     * is no error. Returns the people who got at least one new position.
     */
    public Set<Long> appointMissing(Actor actor, School school, Map<Long, Set<Position>> positionsByPerson) {
        requireMayAppoint(actor, school, positionsByPerson.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        LocalDate today = school.region().today(clock);
        List<StaffPosition> opened = new ArrayList<>();
        Set<Long> changed = new LinkedHashSet<>();
        positionsByPerson.forEach((personId, positions) -> {
            List<StaffPosition> added = school.appointMissing(personId, positions, today);
            opened.addAll(added);
            if (!added.isEmpty()) {
                changed.add(personId);
            }
        });
        schools.store(school);
        audit.recordAll(actor, AuditAction.STAFF_APPOINTED, opened.stream().map(StaffPosition::id).toList());
        return changed;
    }

    /**
     * Whoever administers the school appoints its staff; a journal administrator is appointed by the region
     * administrator only ({@link SchoolAdministrators}), so a school's administrator cannot make others.
     */
    private void requireMayAppoint(Actor actor, School school, Set<Position> positions) {
        access.requireAdministration(actor, school.id());
        if (positions.contains(Position.JOURNAL_ADMIN) && !mayAppointJournalAdmin(actor)) {
            throw new AccessDeniedException();
        }
    }

    /** Whether the actor may appoint a school's journal administrator: the region administrator only. */
    public static boolean mayAppointJournalAdmin(Actor actor) {
        return actor != null && actor.has(Role.REGION_ADMIN);
    }

    /** Ends the person's position today, keeping it as history. */
    public void end(Actor actor, School school, Long personId, Position position) {
        access.requireAdministration(actor, school.id());
        StaffPosition ended = school.endAppointment(personId, position, school.region().today(clock));
        schools.store(school);
        audit.record(actor, AuditAction.STAFF_APPOINTMENT_ENDED, ended.id());
    }
}
