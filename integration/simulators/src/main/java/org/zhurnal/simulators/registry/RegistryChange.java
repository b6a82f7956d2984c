package org.zhurnal.simulators.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One change in the registry's log, as the registry sends it (field name → text, in wire order). */
public record RegistryChange(Map<String, String> fields) {

    public RegistryChange {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String recordId() {
        return fields.get("recordId");
    }

    /** A student arrives at the school into the class. */
    public static RegistryChange arrival(String recordId, String schoolInn, int grade, String letter, String surname,
                                         String givenName, String patronymic, LocalDate birthDate, String snils,
                                         LocalDate date) {
        Map<String, String> f = base(recordId, "STUDENT_ARRIVED", schoolInn, date);
        f.put("grade", String.valueOf(grade));
        f.put("letter", letter);
        f.put("surname", surname);
        f.put("givenName", givenName);
        f.put("patronymic", patronymic);
        f.put("birthDate", birthDate.toString());
        f.put("snils", snils);
        f.put("orderRef", "№ " + recordId + "-у от " + date);
        return new RegistryChange(f);
    }

    /** The student (by SNILS) leaves the school. */
    public static RegistryChange departure(String recordId, String schoolInn, String snils, LocalDate date) {
        Map<String, String> f = base(recordId, "STUDENT_LEFT", schoolInn, date);
        f.put("snils", snils);
        return new RegistryChange(f);
    }

    /** The student (by SNILS) moves to another class of the school. */
    public static RegistryChange transfer(String recordId, String schoolInn, String snils, int grade, String letter,
                                          LocalDate date) {
        Map<String, String> f = base(recordId, "STUDENT_TRANSFERRED", schoolInn, date);
        f.put("grade", String.valueOf(grade));
        f.put("letter", letter);
        f.put("snils", snils);
        return new RegistryChange(f);
    }

    /** A change with any fields (for malformed records in tests). */
    public static RegistryChange of(Map<String, String> fields) {
        return new RegistryChange(fields);
    }

    private static Map<String, String> base(String recordId, String kind, String schoolInn, LocalDate date) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("recordId", recordId);
        f.put("kind", kind);
        f.put("schoolInn", schoolInn);
        f.put("effectiveDate", date.toString());
        return f;
    }

    @Override
    public String toString() {
        return "RegistryChange[" + recordId() + ", details hidden]";
    }
}
