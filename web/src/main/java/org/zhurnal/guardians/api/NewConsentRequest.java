package org.zhurnal.guardians.api;

import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.guardians.application.NewConsent;
import org.zhurnal.guardians.domain.ConsentPurpose;

/**
 * Body of {@code POST /people/{personId}/consents}: who gave it ({@code givenByPersonId}: the person, by
 * default, or a current representative), {@code purpose} ELECTRONIC_JOURNAL, REGIONAL_SYSTEMS or PUBLICATION,
 * {@code givenOn}, {@code documentRef} (optional).
 */
public record NewConsentRequest(Long givenByPersonId, String purpose, String givenOn, String documentRef) {

    static final NewConsentRequest EMPTY = new NewConsentRequest(null, null, null, null);

    NewConsent toInput() {
        return new NewConsent(givenByPersonId, WireDates.choice(ConsentPurpose.class, purpose, "purpose"),
                WireDates.date(givenOn, "givenOn"), documentRef);
    }
}
