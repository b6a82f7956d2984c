package org.zhurnal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pac4j.oidc.profile.OidcProfile;
import org.zhurnal.shared.security.Role;

class SessionProfilesTest {

    @Test
    void readsNameRolesAndConfirmationFromKeycloakClaims() {
        SignedInAccount account = SessionProfiles.toAccount(profile(Map.of(
                "iss", "http://localhost:28180/realms/zhurnal",
                "family_name", "Иванова", "given_name", "Мария", "middle_name", "Петровна",
                "esia_trusted", true,
                "realm_access", Map.of("roles", List.of("teacher", "class-teacher", "offline_access")))));

        assertThat(account.name().full()).isEqualTo("Иванова Мария Петровна");
        assertThat(account.confirmed()).isTrue();
        assertThat(account.toActor().roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.CLASS_TEACHER);
        assertThat(account.subject()).isEqualTo("kc-subject-1");
    }

    @Test
    void readsTheSnilsClaimButNeverShowsItInText() {
        SignedInAccount account = SessionProfiles.toAccount(profile(Map.of("iss", "issuer", "esia_trusted", true,
                "snils", "234-567-890 99", "family_name", "Кузнецов")));
        assertThat(account.snils()).isEqualTo("234-567-890 99");
        assertThat(account.toString()).doesNotContain("234", "567-890", "Кузнецов", "kc-subject-1")
                .contains(account.pseudonym());
        assertThat(SessionProfiles.toAccount(profile(Map.of("iss", "issuer"))).snils()).isEmpty();
    }

    @Test
    void readsKidsWithOwnAccountsAndSkipsMalformedOnes() {
        var kids = SessionProfiles.kidsAccounts(profile(Map.of("esia_kids_accounts", List.of(
                "{\"oid\":\"1000051\",\"snils\":\"811-000-051 98\",\"lastName\":\"Ершова\","
                        + "\"firstName\":\"Ксения\",\"birthDate\":\"2016-02-14\"}",
                "{\"oid\":\"1000052\",\"lastName\":\"Ершов\",\"firstName\":\"Тимофей\"}",
                "not json", "{\"oid\":\"1\",\"birthDate\":\"14.02.2016\"}"))));

        assertThat(kids).hasSize(2);
        assertThat(kids.get(0).oid()).isEqualTo("1000051");
        assertThat(kids.get(0).snils()).isEqualTo("811-000-051 98");
        assertThat(kids.get(0).birthDate()).isEqualTo(java.time.LocalDate.of(2016, 2, 14));
        assertThat(kids.get(1).snils()).isEmpty();
        assertThat(kids.get(1).birthDate()).isNull();
        assertThat(kids.toString()).doesNotContain("811", "Ершова", "1000051");
        assertThat(SessionProfiles.kidsAccounts(profile(Map.of("iss", "issuer")))).isEmpty();
    }

    @Test
    void accountWithoutTheTrustedFlagIsNotConfirmed() {
        SignedInAccount account = SessionProfiles.toAccount(profile(Map.of("family_name", "Лебедев")));
        assertThat(account.confirmed()).isFalse();
        assertThat(account.roleCodes()).isEmpty();
    }

    @Test
    void pseudonymIsStableAndRevealsNothing() {
        SignedInAccount account = SessionProfiles.toAccount(profile(Map.of("iss", "issuer", "esia_trusted", "true")));
        assertThat(account.pseudonym()).hasSize(12).isEqualTo(account.pseudonym())
                .doesNotContain("kc-subject-1");
        assertThat(account.confirmed()).isTrue();
    }

    private static OidcProfile profile(Map<String, Object> claims) {
        OidcProfile profile = new OidcProfile();
        profile.setId("kc-subject-1");
        claims.forEach(profile::addAttribute);
        return profile;
    }
}
