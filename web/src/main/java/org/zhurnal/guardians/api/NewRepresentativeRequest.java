package org.zhurnal.guardians.api;

import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.guardians.application.NewGuardian;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.people.application.PersonCardInput;

/**
 * Body of {@code POST /students/{personId}/representatives}: the representative's names, birth date and SNILS
 * (optional; a SNILS finds an existing card), {@code kind} MOTHER, FATHER, ADOPTIVE, GUARDIAN or TRUSTEE,
 * {@code validFrom} (today by default), phone and e-mail (optional).
 */
public record NewRepresentativeRequest(String surname, String givenName, String patronymic, String birthDate,
                                       String snils, String kind, String validFrom, String phone, String email) {

    static final NewRepresentativeRequest EMPTY =
            new NewRepresentativeRequest(null, null, null, null, null, null, null, null, null);

    NewGuardian toInput() {
        return new NewGuardian(new PersonCardInput(surname, givenName, patronymic, birthDate, snils),
                WireDates.choice(GuardianKind.class, kind, "kind"), WireDates.date(validFrom, "validFrom"), phone, email);
    }

    @Override
    public String toString() {
        return "NewRepresentativeRequest[details hidden]";
    }
}
