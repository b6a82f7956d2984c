package org.zhurnal.esia.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EsiaTokenCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-22T17:00:00Z");

    private Map<String, Object> claims() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("exp", NOW.getEpochSecond() + 3600);
        claims.put("nbf", NOW.getEpochSecond() - 1);
        claims.put("client_id", "ZHURNAL");
        claims.put("iss", "http://esia.gosuslugi.ru/");
        claims.put("urn:esia:sbj_id", 1000003);
        return claims;
    }

    @Test
    void validTokenYieldsTheOid() {
        assertThat(EsiaTokenCheck.subjectOid(claims(), "ZHURNAL", "http://esia.gosuslugi.ru/", NOW, 30))
                .isEqualTo("1000003");
        assertThat(EsiaTokenCheck.subjectOid(claims(), "ZHURNAL", null, NOW, 30)).isEqualTo("1000003");
    }

    @Test
    void expiredForeignWrongIssuerAndSubjectlessTokensAreRefused() {
        Map<String, Object> expired = claims();
        expired.put("exp", NOW.getEpochSecond() - 31);
        assertThatThrownBy(() -> EsiaTokenCheck.subjectOid(expired, "ZHURNAL", null, NOW, 30))
                .hasMessageContaining("expired")
                .isInstanceOfSatisfying(EsiaTokenCheck.Refusal.class,
                        refusal -> assertThat(refusal.userMessage()).contains("срок его действия истёк"));
        assertThatThrownBy(() -> EsiaTokenCheck.subjectOid(claims(), "OTHER", null, NOW, 30))
                .hasMessageContaining("another client")
                .isInstanceOfSatisfying(EsiaTokenCheck.Refusal.class,
                        refusal -> assertThat(refusal.userMessage()).contains("для другой системы"));
        assertThatThrownBy(() -> EsiaTokenCheck.subjectOid(claims(), "ZHURNAL", "https://evil/", NOW, 30))
                .hasMessageContaining("issuer");
        Map<String, Object> early = claims();
        early.put("nbf", NOW.getEpochSecond() + 600);
        assertThatThrownBy(() -> EsiaTokenCheck.subjectOid(early, "ZHURNAL", null, NOW, 30))
                .hasMessageContaining("not valid yet");
        Map<String, Object> nobody = claims();
        nobody.remove("urn:esia:sbj_id");
        assertThatThrownBy(() -> EsiaTokenCheck.subjectOid(nobody, "ZHURNAL", null, NOW, 30))
                .hasMessageContaining("subject");
    }

    private Map<String, Object> idClaims() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("aud", "ZHURNAL");
        claims.put("sub", 1000003);
        claims.put("exp", NOW.getEpochSecond() + 3600);
        claims.put("nbf", NOW.getEpochSecond() - 1);
        claims.put("iss", "http://esia.gosuslugi.ru/");
        return claims;
    }

    @Test
    void aValidIdTokenAboutTheSamePersonPasses() {
        EsiaTokenCheck.idToken(idClaims(), "ZHURNAL", "http://esia.gosuslugi.ru/", "1000003", NOW, 30);
        Map<String, Object> listed = idClaims();
        listed.put("aud", List.of("OTHER", "ZHURNAL"));
        EsiaTokenCheck.idToken(listed, "ZHURNAL", null, "1000003", NOW, 30);
    }

    @Test
    void idTokensForAnotherClientIssuerTimeOrPersonAreRefused() {
        Map<String, Object> foreign = idClaims();
        foreign.put("aud", "another-system");
        assertRefused(foreign, "aud", "для другой системы");
        foreign.put("aud", List.of("another-system"));
        assertRefused(foreign, "aud", "для другой системы");
        foreign.remove("aud");
        assertRefused(foreign, "aud", "для другой системы");

        Map<String, Object> expired = idClaims();
        expired.put("exp", NOW.getEpochSecond() - 31);
        assertRefused(expired, "ID token is expired", "срок его действия истёк");
        Map<String, Object> early = idClaims();
        early.put("nbf", NOW.getEpochSecond() + 600);
        assertRefused(early, "ID token is not valid yet", "ещё не действителен");
        Map<String, Object> elsewhere = idClaims();
        elsewhere.put("iss", "https://evil/");
        assertRefused(elsewhere, "issuer", "не от Госуслуг");
        Map<String, Object> somebodyElse = idClaims();
        somebodyElse.put("sub", 1000004);
        assertRefused(somebodyElse, "another subject", "кто входит");
    }

    private static void assertRefused(Map<String, Object> claims, String logged, String shown) {
        assertThatThrownBy(() -> EsiaTokenCheck.idToken(claims, "ZHURNAL", "http://esia.gosuslugi.ru/", "1000003", NOW,
                30)).hasMessageContaining(logged).isInstanceOfSatisfying(EsiaTokenCheck.Refusal.class,
                        refusal -> assertThat(refusal.userMessage()).contains(shown));
    }
}
