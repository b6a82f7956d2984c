package org.zhurnal.integration.registry.wire;

import java.util.Map;

/**
 * One change as the regional registry sends it: every field is the registry's text, unchecked. It holds
 * personal data (names, birth date, SNILS): never log it; {@link #toString()} shows only the record id and kind.
 */
public record RegistryRecord(String recordId, String kind, String schoolInn, String grade, String letter,
                             String surname, String givenName, String patronymic, String sex, String birthDate,
                             String snils, String effectiveDate, String orderRef) {

    /** The field names, as XML elements and CSV columns name them. */
    public static final String[] FIELDS = {"recordId", "kind", "schoolInn", "grade", "letter", "surname",
        "givenName", "patronymic", "sex", "birthDate", "snils", "effectiveDate", "orderRef"};

    static RegistryRecord of(Map<String, String> fields) {
        return new RegistryRecord(fields.get("recordId"), fields.get("kind"), fields.get("schoolInn"),
                fields.get("grade"), fields.get("letter"), fields.get("surname"), fields.get("givenName"),
                fields.get("patronymic"), fields.get("sex"), fields.get("birthDate"), fields.get("snils"),
                fields.get("effectiveDate"), fields.get("orderRef"));
    }

    /** From the values of {@link #FIELDS}, in that order. */
    static RegistryRecord of(String[] values) {
        return new RegistryRecord(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
                values[8], values[9], values[10], values[11], values[12]);
    }

    @Override
    public String toString() {
        return "RegistryRecord[" + recordId + ", " + kind + ", details hidden]";
    }
}
