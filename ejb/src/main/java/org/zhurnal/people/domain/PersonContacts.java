package org.zhurnal.people.domain;

import java.util.Optional;

/** The contacts written on person cards. */
public interface PersonContacts {

    Optional<PersonContact> find(Long personId);

    /** Stores the contact row of a card that had none. */
    PersonContact add(PersonContact contact);
}
