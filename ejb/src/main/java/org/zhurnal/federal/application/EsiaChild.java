package org.zhurnal.federal.application;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A child with an ESIA account of its own, as a parent's state-portal children list names it ({@code /rs/prns/{oid}/kids}):
 * the child's {@code oid}, its SNILS when the list has one (else blank), names and birth date. Personal data: handed
 * to {@link ChildEsiaIds} at the parent's sign-in only; {@link #toString()} shows none of it.
 */
public record EsiaChild(String oid, String snils, String lastName, String firstName, String middleName,
                        LocalDate birthDate) {

    private static final Pattern OID = Pattern.compile("\\d{1,18}");

    public EsiaChild {
        snils = blankToEmpty(snils);
        lastName = blankToEmpty(lastName);
        firstName = blankToEmpty(firstName);
        middleName = blankToEmpty(middleName);
    }

    boolean hasOid() {
        return oid != null && OID.matcher(oid).matches();
    }

    boolean hasSnils() {
        return !snils.isEmpty();
    }

    /** Enough to look for the child by names and birth date: surname, given name and birth date. */
    boolean hasNamesAndBirthDate() {
        return !lastName.isEmpty() && !firstName.isEmpty() && birthDate != null;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public String toString() {
        return "EsiaChild[personal data hidden]";
    }
}
