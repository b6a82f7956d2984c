package org.zhurnal.classes.domain;

import java.util.List;
import java.util.Optional;

/** Students and their movements. */
public interface Students {

    /** The student of this school with the row locked until the transaction ends. */
    Optional<Student> lock(Long schoolId, Long personId);

    /** Stores a new student; the caller has checked that there is none for this person and school. */
    Student add(Student student);

    /** The school of the person's latest movement, if they ever were a student. */
    Optional<Long> latestSchoolOf(Long personId);

    /** The person's movements at the school's classes. */
    List<EnrolmentEvent> events(Long schoolId, Long personId);

    void append(List<EnrolmentEvent> events);
}
