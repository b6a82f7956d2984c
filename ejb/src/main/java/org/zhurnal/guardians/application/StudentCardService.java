package org.zhurnal.guardians.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.people.domain.Contacts;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonContact;
import org.zhurnal.people.domain.PersonContacts;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.shared.security.Actor;

/**
 * A student's person card with class, contacts, representatives and consents; and the contacts of a student
 * or a representative. For whoever may keep the person's data ({@link PersonalDataAccess}); audited by ids.
 */
@Stateless
public class StudentCardService {

    @Inject
    PersonalDataAccess access;

    @Inject
    Persons persons;

    @Inject
    PersonContacts contacts;

    @Inject
    ClassLists classLists;

    @Inject
    GuardianRecords records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public StudentCard card(Actor actor, Long personId) {
        LocalDate today = access.today();
        PupilPlace place = access.requireStudent(actor, personId, today).get(0);
        Person person = persons.find(personId).orElseThrow();
        ClassItem schoolClass = place.classId() == null ? null : classLists.find(place.classId(), today).orElse(null);
        Contacts contact = contacts.find(personId).map(PersonContact::contacts).orElse(Contacts.NONE);
        audit.record(actor, AuditAction.PERSON_CARD_READ, personId);
        return new StudentCard(personId, person.displayName(), person.birthDate().orElse(null),
                person.sex().orElse(null), place.schoolId(), place.classId(),
                schoolClass == null ? null : schoolClass.name(), contact.phone(), contact.email(),
                records.representativesOf(personId), records.consentsAbout(personId));
    }

    /** Replaces the phone and e-mail of a student or a representative (blank: none). */
    public void changeContacts(Actor actor, Long personId, String phone, String email) {
        access.requirePerson(actor, personId, access.today());
        Contacts typed = Contacts.typed(phone, email);
        contacts.write(personId, typed, clock.instant());
        audit.record(actor, AuditAction.PERSON_CONTACTS_CHANGED, personId);
    }
}
