package org.zhurnal.guardians.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.guardians.domain.Guardianship;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.application.PersonCards.SnilsRequirement;
import org.zhurnal.people.domain.Contacts;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonContacts;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * Legal representatives of students (родители, законные представители): listed, added (a new person card,
 * or the card a SNILS finds) and ended by whoever may keep the student's personal data
 * ({@link PersonalDataAccess}). Every read and change is audited by ids.
 */
@Stateless
public class GuardianService {

    @Inject
    PersonalDataAccess access;

    @Inject
    Guardianships guardianships;

    @Inject
    GuardianRecords records;

    @Inject
    PersonCards personCards;

    @Inject
    PersonContacts contacts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<RepresentativeItem> representatives(Actor actor, Long childPersonId) {
        access.requireStudent(actor, childPersonId, access.today());
        audit.record(actor, AuditAction.REPRESENTATIVES_READ, childPersonId);
        return records.representativesOf(childPersonId);
    }

    public RepresentativeItem add(Actor actor, Long childPersonId, NewGuardian input) {
        LocalDate today = access.today();
        access.requireStudent(actor, childPersonId, today);
        if (input.person() == null) {
            throw new InvalidInputException("surname", "Укажите фамилию");
        }
        Contacts typed = Contacts.typed(input.phone(), input.email());
        PersonCardInput person = input.person();
        Person card = personCards.findOrRegisterChecked(actor, person,
                input.kind() == null ? null : input.kind().impliedSex().orElse(null), SnilsRequirement.OPTIONAL, today);
        Guardianship guardianship = guardianships.add(Guardianship.establish(childPersonId, card.id(), input.kind(),
                input.validFrom() != null ? input.validFrom() : today));
        if (typed.phone() != null || typed.email() != null) {
            contacts.write(card.id(), typed, clock.instant());
            audit.record(actor, AuditAction.PERSON_CONTACTS_CHANGED, card.id());
        }
        audit.record(actor, AuditAction.GUARDIANSHIP_ADDED, guardianship.id());
        return records.item(guardianship);
    }

    /** Ends the representation from the day ({@code null}: today). */
    public RepresentativeItem end(Actor actor, Long childPersonId, Long guardianshipId, LocalDate on) {
        LocalDate today = access.today();
        access.requireStudent(actor, childPersonId, today);
        Guardianship guardianship = guardianships.find(guardianshipId)
                .filter(g -> g.childPersonId().equals(childPersonId))
                .orElseThrow(() -> new NotFoundException("Законный представитель не найден"));
        guardianship.end(on != null ? on : today);
        guardianships.store();
        audit.record(actor, AuditAction.GUARDIANSHIP_ENDED, guardianship.id());
        return records.item(guardianship);
    }
}
