package org.zhurnal.curriculum.domain;

import java.util.Collection;
import java.util.List;

/** The region's subjects, as aggregates for changing them and checking references to them. */
public interface Subjects {

    /** The subjects of the region with these ids (unknown ids are simply missing). */
    List<Subject> findAll(Long regionId, Collection<Long> ids);

    /**
     * Whether a subject of this name (regardless of case and «ё») is in the region's catalogue
     * ({@code schoolId} null) or among the school's own subjects.
     */
    boolean existsNamed(Long regionId, Long schoolId, String name);

    /** Stores a new subject and assigns its id. */
    Subject add(Subject subject);

    /** Writes a changed subject now; a concurrent duplicate name is a conflict on {@code name}. */
    void store(Subject subject);
}
