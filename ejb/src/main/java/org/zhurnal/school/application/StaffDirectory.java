package org.zhurnal.school.application;

/** The read side of schools' staff: projections for lists, never entity graphs. */
public interface StaffDirectory {

    /**
     * One page of the people holding a current position at the school, by name, with their current
     * positions there: a count, a page and one positions query.
     */
    StaffPage search(Long schoolId, StaffSearch search);
}
