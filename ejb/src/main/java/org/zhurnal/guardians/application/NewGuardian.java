package org.zhurnal.guardians.application;

import java.time.LocalDate;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.people.application.PersonCardInput;

/**
 * A legal representative to add: their card's details (a SNILS finds an existing card), who they are to
 * the child, from when (today by default), and optionally their phone and e-mail.
 */
public record NewGuardian(PersonCardInput person, GuardianKind kind, LocalDate validFrom, String phone, String email) {

    @Override
    public String toString() {
        return "NewGuardian[" + kind + "]";
    }
}
