package org.zhurnal.simulators.esia;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo persons known to the simulator, in fixture order. */
public final class PersonDirectory {

    /** Classpath location of the bundled fixture. */
    public static final String FIXTURE = "esia/persons.json";

    private final Map<Long, EsiaPerson> byOid;

    private PersonDirectory(List<EsiaPerson> persons) {
        Map<Long, EsiaPerson> map = new LinkedHashMap<>();
        for (EsiaPerson person : persons) {
            if (map.put(person.oid(), person) != null) {
                throw new IllegalStateException("duplicate oid " + person.oid());
            }
        }
        this.byOid = map;
    }

    /** Loads the bundled fixture {@value #FIXTURE}. */
    public static PersonDirectory loadDefault() {
        try (InputStream in = PersonDirectory.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + FIXTURE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a persons file of the fixture's format (e.g. generated benchmark users). */
    public static PersonDirectory fromFile(java.nio.file.Path file) {
        try {
            return parse(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These persons and the other directory's, in that order; an oid in both is refused. */
    public PersonDirectory plus(PersonDirectory other) {
        List<EsiaPerson> all = new ArrayList<>(byOid.values());
        all.addAll(other.byOid.values());
        return new PersonDirectory(all);
    }

    static PersonDirectory parse(String json) {
        try {
            List<EsiaPerson> persons = new ArrayList<>();
            for (Map<String, Object> p : JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(json), "persons")) {
                List<EsiaPerson.Kid> kids = new ArrayList<>();
                for (Map<String, Object> k : JSONObjectUtils.getJSONObjectArray(p, "kids")) {
                    kids.add(new EsiaPerson.Kid(
                            JSONObjectUtils.getString(k, "id"),
                            JSONObjectUtils.getString(k, "lastName"),
                            JSONObjectUtils.getString(k, "firstName"),
                            JSONObjectUtils.getString(k, "middleName"),
                            LocalDate.parse(JSONObjectUtils.getString(k, "birthDate")),
                            k.get("snils") == null ? null : checkedSnils(JSONObjectUtils.getString(k, "snils")),
                            k.get("oid") == null ? null : JSONObjectUtils.getLong(k, "oid")));
                }
                persons.add(new EsiaPerson(
                        JSONObjectUtils.getLong(p, "oid"),
                        JSONObjectUtils.getString(p, "lastName"),
                        JSONObjectUtils.getString(p, "firstName"),
                        JSONObjectUtils.getString(p, "middleName"),
                        LocalDate.parse(JSONObjectUtils.getString(p, "birthDate")),
                        checkedSnils(JSONObjectUtils.getString(p, "snils")),
                        JSONObjectUtils.getBoolean(p, "trusted"),
                        JSONObjectUtils.getString(p, "hint"),
                        kids));
            }
            return new PersonDirectory(persons);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid persons fixture: " + e.getMessage(), e);
        }
    }

    public List<EsiaPerson> all() {
        return List.copyOf(byOid.values());
    }

    public Optional<EsiaPerson> find(long oid) {
        return Optional.ofNullable(byOid.get(oid));
    }

    /** Looks a person up by the textual oid of a request; absent for anything that is not a number. */
    public Optional<EsiaPerson> find(String oid) {
        if (oid == null || !oid.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return find(Long.parseLong(oid));
    }

    private static String checkedSnils(String snils) {
        if (!Snils.isValid(snils)) {
            // The value itself is not echoed: SNILS is personal data.
            throw new IllegalArgumentException("a SNILS in the fixture has a wrong format or checksum");
        }
        return snils;
    }
}
