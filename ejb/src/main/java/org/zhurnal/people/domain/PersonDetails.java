package org.zhurnal.people.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.zhurnal.shared.security.PersonName;

/**
 * Who somebody is, as a list or a form gives it, already checked by {@link PersonRules}: the name, the
 * birth date if known, and the SNILS a card is found by. Personal data: never shown by {@link #toString()}.
 */
public record PersonDetails(PersonName name, LocalDate birthDate, Snils snils) {

    public PersonDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(snils, "snils");
    }

    @Override
    public String toString() {
        return "PersonDetails[details hidden]";
    }
}
