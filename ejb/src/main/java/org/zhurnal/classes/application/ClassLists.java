package org.zhurnal.classes.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of classes: lists at a date computed from the enrolment events by the database, each
 * answer one query whatever the number of classes or students.
 */
public interface ClassLists {

    /** The classes of a school's year in grade and letter order, with their student counts at the date. */
    List<ClassItem> classes(Long schoolId, Long yearId, LocalDate date);

    Optional<ClassItem> find(Long classId, LocalDate date);

    /** The class list at the date, by name. */
    List<PersonItem> students(Long classId, LocalDate date);

    /** The class's groups by name, each with its list at the date. */
    List<GroupItem> groups(Long classId, LocalDate date);

    /**
     * The ids of the students on the class's list at the date or, with {@code groupId}, on that group's list:
     * the same lists as {@link #students} and {@link #groups}, without names, for checks on a hot path.
     */
    Set<Long> studentIds(Long classId, Long groupId, LocalDate date);
}
