package org.zhurnal.people.api;

import org.zhurnal.people.application.PersonCardInput;

/**
 * Body of {@code POST /schools/{id}/administrators}: the person's names, birth date ({@code yyyy-MM-dd},
 * optional) and SNILS. Checked by the service; never logged.
 */
public record AppointAdministratorRequest(String surname, String givenName, String patronymic, String birthDate,
                                          String snils) {

    PersonCardInput toInput() {
        return new PersonCardInput(surname, givenName, patronymic, birthDate, snils);
    }

    @Override
    public String toString() {
        return "AppointAdministratorRequest[details hidden]";
    }
}
