package org.zhurnal.esia.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsiaPersonDataTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void personAndKidsBecomeTheAttributesTheRealmMapsIntoTokens() throws Exception {
        EsiaPersonData data = EsiaPersonData.from("1000004", json.readTree("""
                {"oid":1000004,"firstName":"Сергей","lastName":"Петров","middleName":"Николаевич",
                 "birthDate":"05.06.1980","snils":"456-789-012 38","trusted":true}"""), json.readTree("""
                {"size":1,"elements":[{"id":"2000005","snils":"567-890-123 43"},{"id":"2000006"}]}"""));

        assertThat(data.firstName()).isEqualTo("Сергей");
        assertThat(data.lastName()).isEqualTo("Петров");
        assertThat(data.attributes())
                .containsEntry("middle_name", List.of("Николаевич"))
                .containsEntry("birthdate", List.of("1980-06-05"))
                .containsEntry("snils", List.of("456-789-012 38"))
                .containsEntry("esia_trusted", List.of("true"))
                .containsEntry("esia_kids_snils", List.of("567-890-123 43"))
                .containsEntry("esia_oid", List.of("1000004"));
        assertThat(data.attributes().keySet()).containsExactlyElementsOf(EsiaPersonData.ATTRIBUTES);
    }

    @Test
    void onlyKidsWithAnOwnAccountBecomeKidsAccounts() throws Exception {
        EsiaPersonData data = EsiaPersonData.from("1000050", json.readTree("""
                {"oid":1000050,"firstName":"Артём","lastName":"Ершов","trusted":true}"""), json.readTree("""
                {"size":3,"elements":[
                 {"id":"2000051","oid":1000051,"lastName":"Ершова","firstName":"Ксения","middleName":"Артёмовна",
                  "birthDate":"14.02.2016","snils":"811-000-051 98"},
                 {"id":"2000052","oid":1000052,"lastName":"Ершов","firstName":"Тимофей","birthDate":"01.07.2018"},
                 {"id":"2000056","lastName":"Ершова","firstName":"Анна","snils":"811-000-056 02"},
                 {"id":"2000057","oid":"not-an-oid","lastName":"Ершова"}]}"""));

        List<String> accounts = data.attributes().get("esia_kids_accounts");
        assertThat(accounts).hasSize(2);
        assertThat(json.readTree(accounts.get(0))).isEqualTo(json.readTree("""
                {"oid":"1000051","snils":"811-000-051 98","lastName":"Ершова","firstName":"Ксения",
                 "middleName":"Артёмовна","birthDate":"2016-02-14"}"""));
        assertThat(json.readTree(accounts.get(1))).isEqualTo(json.readTree("""
                {"oid":"1000052","lastName":"Ершов","firstName":"Тимофей","birthDate":"2018-07-01"}"""));
        assertThat(data.attributes().get("esia_kids_snils")).containsExactly("811-000-051 98", "811-000-056 02");
    }

    @Test
    void unconfirmedAccountWithoutOptionalData() throws Exception {
        EsiaPersonData data = EsiaPersonData.from("1000009", json.readTree("""
                {"firstName":"Олег","lastName":"Лебедев","trusted":false,"birthDate":"не дата"}"""), null);
        assertThat(data.attributes())
                .containsEntry("esia_trusted", List.of("false"))
                .containsEntry("snils", List.of())
                .containsEntry("birthdate", List.of())
                .containsEntry("esia_kids_snils", List.of());
    }
}
