package org.zhurnal.guardians.application;

import java.time.LocalDate;
import org.zhurnal.guardians.domain.ConsentPurpose;
import org.zhurnal.guardians.domain.PdConsent;

/** A consent as the person card lists it, with the name of who gave it; withdrawn ones have {@code withdrawnOn}. */
public record ConsentItem(Long id, Long personId, Long givenByPersonId, String givenByName, ConsentPurpose purpose,
                          LocalDate givenOn, LocalDate withdrawnOn, String documentRef) {

    static ConsentItem of(PdConsent consent, String givenByName) {
        return new ConsentItem(consent.id(), consent.personId(), consent.givenByPersonId(), givenByName,
                consent.purpose(), consent.givenOn(), consent.withdrawnOn().orElse(null),
                consent.documentRef().orElse(null));
    }
}
