package org.zhurnal.guardians.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhurnal.guardians.domain.Guardianship;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.people.domain.Contacts;
import org.zhurnal.people.domain.PersonContact;
import org.zhurnal.people.domain.PersonContacts;
import org.zhurnal.people.domain.Persons;

/** A child's representatives and a person's consents as items with names, for services that checked access already. */
@ApplicationScoped
public class GuardianRecords {

    @Inject
    Guardianships guardianships;

    @Inject
    Persons persons;

    @Inject
    PersonContacts contacts;

    public List<RepresentativeItem> representativesOf(Long childPersonId) {
        return guardianships.ofChild(childPersonId).stream().map(this::item).toList();
    }

    public RepresentativeItem item(Guardianship guardianship) {
        Long person = guardianship.guardianPersonId();
        Contacts contact = contacts.find(person).map(PersonContact::contacts).orElse(Contacts.NONE);
        return new RepresentativeItem(guardianship.id(), person, name(person), guardianship.kind(),
                guardianship.validFrom(), guardianship.validTo().orElse(null), contact.phone(), contact.email());
    }

    public List<ConsentItem> consentsAbout(Long personId) {
        return guardianships.consentsAbout(personId).stream()
                .map(c -> ConsentItem.of(c, name(c.givenByPersonId()))).toList();
    }

    public String name(Long personId) {
        return persons.find(personId).orElseThrow().displayName();
    }
}
