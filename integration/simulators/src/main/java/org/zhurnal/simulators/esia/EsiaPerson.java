package org.zhurnal.simulators.esia;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo person registered at the simulated ESIA.
 *
 * @param oid     ESIA person identifier
 * @param trusted whether the account is confirmed («подтверждённая учётная запись»)
 * @param hint    Russian caption shown next to the person on the sign-in page
 * @param kids    children registered by this person
 */
public record EsiaPerson(
        long oid,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String snils,
        boolean trusted,
        String hint,
        List<Kid> kids) {

    /** ESIA's own date format in {@code /rs/prns} responses. */
    static final DateTimeFormatter ESIA_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public EsiaPerson {
        kids = List.copyOf(kids);
    }

    /**
     * A child as listed by {@code /rs/prns/{oid}/kids}: {@code id} is the child's record in the parent's account;
     * {@code oid} the child's own ESIA account when the child has one (null otherwise, and then absent from the
     * JSON), {@code snils} null when the parent did not enter it (absent from the JSON too).
     */
    public record Kid(String id, String lastName, String firstName, String middleName,
                      LocalDate birthDate, String snils, Long oid) {

        public Kid(String id, String lastName, String firstName, String middleName, LocalDate birthDate, String snils) {
            this(id, lastName, firstName, middleName, birthDate, snils, null);
        }

        /** The record as ESIA lists it to a token with these {@code kid_*} scopes. */
        Map<String, Object> toEsiaJson(java.util.Set<String> kidScopes) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            if (oid != null) {
                json.put("oid", oid);
            }
            if (kidScopes.contains("kid_fullname")) {
                json.put("firstName", firstName);
                json.put("lastName", lastName);
                json.put("middleName", middleName);
            }
            if (kidScopes.contains("kid_birthdate")) {
                json.put("birthDate", ESIA_DATE.format(birthDate));
            }
            if (kidScopes.contains("kid_snils") && snils != null) {
                json.put("snils", snils);
            }
            return json;
        }
    }

    /** «Фамилия Имя Отчество». */
    public String fullName() {
        return lastName + " " + firstName + " " + middleName;
    }

    /** The person document of {@code /rs/prns/{oid}}. */
    Map<String, Object> toEsiaJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("oid", oid);
        json.put("firstName", firstName);
        json.put("lastName", lastName);
        json.put("middleName", middleName);
        json.put("birthDate", ESIA_DATE.format(birthDate));
        json.put("snils", snils);
        json.put("trusted", trusted);
        return json;
    }
}
