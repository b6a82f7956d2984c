package org.zhurnal.school.persistence;

import org.zhurnal.shared.security.PersonName;

/** A current journal administrator of a school, from a JPQL projection. */
public record AdministratorRow(Long schoolId, Long personId, String surname, String givenName, String patronymic) {

    String displayName() {
        return new PersonName(surname, givenName, patronymic).full();
    }
}
