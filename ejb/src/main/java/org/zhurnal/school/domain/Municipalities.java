package org.zhurnal.school.domain;

import java.util.Optional;

/** The region's municipalities. */
public interface Municipalities {

    Optional<Municipality> find(Region region, Long id);

    boolean existsWithName(Region region, String name);

    /** Stores a new municipality and assigns its id. */
    Municipality add(Municipality municipality);
}
