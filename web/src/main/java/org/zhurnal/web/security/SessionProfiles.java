package org.zhurnal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.core.util.Pac4jConstants;
import org.zhurnal.federal.application.EsiaChild;
import org.zhurnal.shared.security.PersonName;

/**
 * Reads the signed-in account from the HTTP session that pac4j keeps; pac4j types stay in this package.
 * The {@code snils} and {@code esia_kids_snils} claims (the state portal's SNILS of the account and of its
 * children) are personal data: they are only handed to the binding services at sign-in and never logged.
 */
@ApplicationScoped
public class SessionProfiles {

    public Optional<SignedInAccount> account(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object profiles = session.getAttribute(Pac4jConstants.USER_PROFILES);
        if (!(profiles instanceof Map<?, ?> byClient) || byClient.isEmpty()) {
            return Optional.empty();
        }
        return byClient.values().stream()
                .filter(UserProfile.class::isInstance)
                .map(UserProfile.class::cast)
                .findFirst()
                .map(SessionProfiles::toAccount);
    }

    /** The account's ESIA id (claim {@code esia_oid}, from the ESIA identity provider), "" when absent. */
    public String esiaOid(HttpServletRequest request) {
        return profile(request).map(profile -> text(profile, "esia_oid")).orElse("");
    }

    /**
     * The account's children with ESIA accounts of their own (claim {@code esia_kids_accounts}: one JSON object per
     * child, from the state portal's children list); malformed values are skipped. Personal data: never logged.
     */
    public List<EsiaChild> kidsAccounts(HttpServletRequest request) {
        return profile(request).map(SessionProfiles::kidsAccounts).orElse(List.of());
    }

    static List<EsiaChild> kidsAccounts(UserProfile profile) {
        List<EsiaChild> kids = new ArrayList<>();
        for (String value : texts(profile, "esia_kids_accounts")) {
            try (JsonReader reader = Json.createReader(new StringReader(value))) {
                JsonObject kid = reader.readObject();
                String birthDate = kid.getString("birthDate", "");
                kids.add(new EsiaChild(kid.getString("oid", ""), kid.getString("snils", ""),
                        kid.getString("lastName", ""), kid.getString("firstName", ""),
                        kid.getString("middleName", ""), birthDate.isEmpty() ? null : LocalDate.parse(birthDate)));
            } catch (JsonException | ClassCastException | DateTimeParseException e) {
                // not a kid record of the identity provider's shape: nothing to learn from it
            }
        }
        return List.copyOf(kids);
    }

    private static Optional<UserProfile> profile(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(Pac4jConstants.USER_PROFILES) instanceof Map<?, ?> byClient)) {
            return Optional.empty();
        }
        return byClient.values().stream().filter(UserProfile.class::isInstance).map(UserProfile.class::cast)
                .findFirst();
    }

    static SignedInAccount toAccount(UserProfile profile) {
        PersonName name = new PersonName(text(profile, "family_name"), text(profile, "given_name"),
                text(profile, "middle_name"));
        return new SignedInAccount(text(profile, "iss"), profile.getId(), name, realmRoles(profile),
                Boolean.parseBoolean(text(profile, "esia_trusted")), text(profile, "snils"), texts(profile, "esia_kids_snils"));
    }

    private static String text(UserProfile profile, String claim) {
        Object value = profile.getAttribute(claim);
        if (value instanceof Collection<?> values) {
            value = values.stream().findFirst().orElse(null);
        }
        return value == null ? "" : value.toString();
    }

    /** A claim that may hold one value or several. */
    private static List<String> texts(UserProfile profile, String claim) {
        Object value = profile.getAttribute(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static Set<String> realmRoles(UserProfile profile) {
        Object realmAccess = profile.getAttribute("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
        }
        return Set.copyOf(List.of());
    }
}
