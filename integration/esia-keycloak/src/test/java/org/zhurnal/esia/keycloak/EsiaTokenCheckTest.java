package org.zhurnal.esia.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
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
}
