package org.zhurnal.guardians.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person card's name now and every correction of it, oldest first. */
public record NameHistory(Long personId, String surname, String givenName, String patronymic, String displayName,
                          LocalDate birthDate, List<Entry> changes) {

    /** One correction: the name and birth date before and after, why and when. */
    public record Entry(Long id, String nameBefore, LocalDate birthDateBefore, String nameAfter,
                        LocalDate birthDateAfter, String reason, Instant changedAt) {
    }

    public NameHistory {
        changes = List.copyOf(changes);
    }
}
