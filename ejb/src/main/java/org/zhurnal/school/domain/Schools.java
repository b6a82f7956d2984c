package org.zhurnal.school.domain;

import java.util.Optional;

/** The region's schools, as aggregates for changing them (reading lists goes through the query side). */
public interface Schools {

    Optional<School> find(Region region, Long id);

    boolean existsWithInn(Region region, String inn);

    /** Stores a new school and assigns its id. */
    School add(School school);

    /** Writes pending changes of a loaded school now (new positions get their ids). */
    void store(School school);
}
