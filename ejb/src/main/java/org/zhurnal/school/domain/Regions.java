package org.zhurnal.school.domain;

import java.util.Optional;

/** The region rows. A deployment serves one region, found by its code. */
public interface Regions {

    Optional<Region> findByCode(String code);

    /** The region with this code, created from these details first if it does not exist yet. */
    Region obtain(String code, String name, java.time.ZoneId timeZone);
}
