package org.zhurnal.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The person cards. */
public interface Persons {

    Optional<Person> find(Long id);

    Optional<Person> findBySnilsHash(byte[] lookupHash);

    /** The cards with any of these lookup hashes (one query per few hundred hashes). */
    List<Person> findBySnilsHashes(Collection<byte[]> lookupHashes);

    /** Stores a new person card and assigns its id. */
    Person add(Person person);

    /** Stores new person cards and assigns their ids, checking the constraints once for all of them. */
    void addAll(List<Person> people);
}
