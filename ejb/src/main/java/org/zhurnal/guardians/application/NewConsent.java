package org.zhurnal.guardians.application;

import java.time.LocalDate;
import org.zhurnal.guardians.domain.ConsentPurpose;

/** A consent to record: who gave it (the person or a current representative), for what, when, on which paper. */
public record NewConsent(Long givenByPersonId, ConsentPurpose purpose, LocalDate givenOn, String documentRef) {
}
