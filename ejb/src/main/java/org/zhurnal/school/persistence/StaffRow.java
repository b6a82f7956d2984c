package org.zhurnal.school.persistence;

import org.zhurnal.shared.security.PersonName;

/** A person of a school's staff, from a JPQL projection. */
public record StaffRow(Long personId, String surname, String givenName, String patronymic) {

    String displayName() {
        return new PersonName(surname, givenName, patronymic).full();
    }
}
