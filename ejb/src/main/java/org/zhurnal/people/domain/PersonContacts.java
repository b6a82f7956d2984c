package org.zhurnal.people.domain;

import java.time.Instant;
import java.util.Optional;

/** The contacts written on person cards. */
public interface PersonContacts {

    Optional<PersonContact> find(Long personId);

    /** Stores the contact row of a card that had none. */
    PersonContact add(PersonContact contact);

    /** Writes the card's contacts: changes its row, or adds one. */
    default void write(Long personId, Contacts contacts, Instant at) {
        find(personId).ifPresentOrElse(row -> row.change(contacts, at),
                () -> add(new PersonContact(personId, contacts, at)));
    }
}
