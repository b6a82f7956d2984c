package org.zhurnal.esia.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ESIA's person document ({@code /rs/prns/{oid}}) and children ({@code /rs/prns/{oid}/kids?embed=(elements)})
 * as the Keycloak user attributes the realm's client mappers already put into tokens: {@code firstName},
 * {@code lastName}, {@code middle_name}, {@code birthdate} (ISO), {@code snils}, {@code esia_trusted}
 * ("true"/"false"), {@code esia_kids_snils} (one value per child with a SNILS) and {@code esia_kids_accounts}: one
 * compact JSON object per child that has an ESIA account of its own ({@code oid} in the kid record), with the
 * child's {@code oid}, {@code snils} (when listed), names and ISO {@code birthDate}, so that the journal can learn
 * the ESIA id of a pupil who never signed in (docs/api-myschool.md, "Who the student is").
 */
public record EsiaPersonData(String oid, String firstName, String lastName, String middleName, String birthDate,
                             String snils, boolean trusted, List<String> kidsSnils, List<String> kidsAccounts) {

    /** The user attributes written from ESIA (besides first and last name). */
    public static final List<String> ATTRIBUTES = List.of("middle_name", "birthdate", "snils", "esia_trusted",
            "esia_kids_snils", "esia_oid", "esia_kids_accounts");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DateTimeFormatter ESIA_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static EsiaPersonData from(String oid, JsonNode person, JsonNode kids) {
        List<String> kidsSnils = new ArrayList<>();
        List<String> kidsAccounts = new ArrayList<>();
        if (kids != null && kids.path("elements").isArray()) {
            for (JsonNode kid : kids.path("elements")) {
                String snils = text(kid, "snils");
                if (snils != null) {
                    kidsSnils.add(snils);
                }
                kidAccount(kid).ifPresent(kidsAccounts::add);
            }
        }
        return new EsiaPersonData(oid, text(person, "firstName"), text(person, "lastName"),
                text(person, "middleName"), isoDate(text(person, "birthDate")), text(person, "snils"),
                person.path("trusted").asBoolean(false), List.copyOf(kidsSnils), List.copyOf(kidsAccounts));
    }

    /** A kid with an own ESIA account (a numeric {@code oid}) as one JSON value; empty for any other kid. */
    static java.util.Optional<String> kidAccount(JsonNode kid) {
        String kidOid = text(kid, "oid");
        if (kidOid == null || !kidOid.matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        ObjectNode account = JSON.createObjectNode();
        account.put("oid", kidOid);
        for (String field : List.of("snils", "lastName", "firstName", "middleName")) {
            String value = text(kid, field);
            if (value != null) {
                account.put(field, value);
            }
        }
        String birthDate = isoDate(text(kid, "birthDate"));
        if (birthDate != null) {
            account.put("birthDate", birthDate);
        }
        return java.util.Optional.of(account.toString());
    }

    /** User attributes to write on every sign-in; absent values are left out (and removed by the caller). */
    public Map<String, List<String>> attributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        put(attributes, "middle_name", middleName);
        put(attributes, "birthdate", birthDate);
        put(attributes, "snils", snils);
        attributes.put("esia_trusted", List.of(String.valueOf(trusted)));
        attributes.put("esia_kids_snils", kidsSnils);
        // The account's ESIA id: «Моя школа» asks for a student's schedule by it (docs/api-myschool.md).
        put(attributes, "esia_oid", oid);
        attributes.put("esia_kids_accounts", kidsAccounts);
        return attributes;
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
        attributes.put(name, value == null ? List.of() : List.of(value));
    }

    /** ESIA writes dates as {@code dd.MM.yyyy}; Keycloak's profile wants ISO. */
    static String isoDate(String esiaDate) {
        if (esiaDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(esiaDate, ESIA_DATE).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
