package org.zhurnal.identity.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What issuing invite codes needs to know about classes, students and their legal representatives. */
public interface InviteScope {

    /** A class: its school, name («5А») and class teacher's card (or null). */
    record ClassPlace(Long classId, Long schoolId, String className, Long classTeacherPersonId) {
    }

    /** A current legal representative of a student. */
    record Representative(Long studentPersonId, Long personId, String kind, String displayName) {
    }

    Optional<ClassPlace> classPlace(Long classId);

    /** The class the student is on the list of at the date, if any. */
    Optional<ClassPlace> classOf(Long studentPersonId, LocalDate date);

    /** The students' representatives whose guardianship holds at the date, by student and name. */
    List<Representative> representatives(Collection<Long> studentPersonIds, LocalDate date);

    /** The school's short name. */
    String schoolName(Long schoolId);

    /** «Фамилия Имя Отчество» of a card. */
    String displayName(Long personId);
}
