package org.zhurnal.classes.domain;

import java.util.Optional;

/** The classes of schools, as aggregates with their groups (lists are read through the query side). */
public interface SchoolClasses {

    Optional<SchoolClass> find(Long classId);

    boolean exists(Long academicYearId, ClassName name);

    /** Stores a new class and assigns its id; a concurrent duplicate is a conflict on {@code letter}. */
    SchoolClass add(SchoolClass schoolClass);

    /** Writes pending changes of a loaded class now (new groups get their ids). */
    void store(SchoolClass schoolClass);
}
