package org.zhurnal.guardians.application;

/**
 * A correction of a person card: the whole name and birth date as they should read ({@code yyyy-MM-dd};
 * blank keeps the card's) and why (the document, or «опечатка»). Personal data: never shown by {@link #toString()}.
 */
public record NameCorrection(String surname, String givenName, String patronymic, String birthDate, String reason) {

    @Override
    public String toString() {
        return "NameCorrection[details hidden]";
    }
}
