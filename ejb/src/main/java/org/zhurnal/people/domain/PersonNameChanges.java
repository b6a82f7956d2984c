package org.zhurnal.people.domain;

import java.util.List;

/** The corrections of person cards' names and birth dates (append-only). */
public interface PersonNameChanges {

    /** Appends a correction and assigns its id. */
    PersonNameChange add(PersonNameChange change);

    /** The card's corrections, oldest first. */
    List<PersonNameChange> of(Long personId);
}
