package org.zhurnal.people.application;

/**
 * A person's details as typed in: names, birth date as {@code yyyy-MM-dd} (optional) and SNILS
 * ("112-233-445 95" or eleven digits). Checked by the service, after it checked who is asking.
 */
public record PersonCardInput(String surname, String givenName, String patronymic, String birthDate, String snils) {

    @Override
    public String toString() {
        return "PersonCardInput[details hidden]";
    }
}
