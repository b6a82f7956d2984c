package org.zhurnal.people.domain;

import java.util.Optional;

/** The person cards. */
public interface Persons {

    Optional<Person> find(Long id);

    Optional<Person> findBySnilsHash(byte[] lookupHash);

    /** Stores a new person card and assigns its id. */
    Person add(Person person);
}
