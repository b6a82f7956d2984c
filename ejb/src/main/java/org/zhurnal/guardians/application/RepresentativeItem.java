package org.zhurnal.guardians.application;

import java.time.LocalDate;
import org.zhurnal.guardians.domain.GuardianKind;

/** A legal representative of a child as the person card shows them; ended ones have {@code validTo}. */
public record RepresentativeItem(Long guardianshipId, Long personId, String displayName, GuardianKind kind,
                                 LocalDate validFrom, LocalDate validTo, String phone, String email) {

    @Override
    public String toString() {
        return "RepresentativeItem[" + guardianshipId + "]";
    }
}
