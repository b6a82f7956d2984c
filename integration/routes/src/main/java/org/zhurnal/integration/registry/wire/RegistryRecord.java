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

    @Override
    public String toString() {
        return "RegistryRecord[" + recordId + ", " + kind + ", details hidden]";
    }
}
