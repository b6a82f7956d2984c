package org.zhurnal.simulators.esia;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixtureAndConfigTest {

    @Test
    void demoPersonsHaveTheAgreedOidsNamesAndValidSnils() {
        List<EsiaPerson> persons = PersonDirectory.loadDefault().all();

        assertThat(persons).extracting(EsiaPerson::oid)
                .containsExactly(1000001L, 1000002L, 1000003L, 1000004L, 1000005L, 1000006L, 1000021L, 1000022L,
                        1000023L, 1000024L, 1000025L, 1000026L, 1000027L, 1000028L, 1000040L, 1000041L, 1000043L,
                        1000050L, 1000009L);
        assertThat(persons).extracting(EsiaPerson::fullName).containsExactly(
                "Соколова Ирина Павловна", "Кузнецов Андрей Сергеевич", "Иванова Мария Петровна",
                "Петров Сергей Николаевич", "Петрова Анна Сергеевна", "Орлова Наталья Игоревна",
                "Захарова Елена Викторовна", "Белов Игорь Олегович", "Комарова Ольга Андреевна",
                "Никитин Денис Юрьевич", "Никитина Полина Денисовна", "Голубева Алина Романовна",
                "Воробьёв Максим Петрович", "Смирнова Вера Алексеевна", "Сидорова Татьяна Олеговна",
                "Гусев Павел Андреевич", "Лаптев Кирилл Сергеевич", "Ершов Артём Викторович",
                "Лебедев Олег Дмитриевич");
        assertThat(persons).allSatisfy(p -> assertThat(Snils.isValid(p.snils())).isTrue());
        assertThat(persons).filteredOn(p -> !p.trusted()).extracting(EsiaPerson::oid).containsExactly(1000009L);
        EsiaPerson parent = persons.get(3);
        EsiaPerson child = persons.get(4);
        assertThat(parent.kids()).singleElement().satisfies(kid -> {
            assertThat(kid.snils()).isEqualTo(child.snils());
            assertThat(kid.birthDate()).isEqualTo(child.birthDate()).hasToString("2011-04-12");
        });
    }

    @Test
    void snilsChecksumFollowsTheOfficialRule() {
        assertThat(Snils.isValid("112-233-445 95")).isTrue();
        assertThat(Snils.isValid("112-233-445 96")).isFalse();
        assertThat(Snils.isValid("11223344595")).isFalse();
    }

    @Test
    void redirectPrefixMatchesOnlyAtAPathBoundary() {
        EsiaSimulatorConfig config = EsiaSimulatorConfig.local(0, "c",
                List.of("http://kc:8080/realms/zhurnal/broker/esia/endpoint"));

        assertThat(config.isAllowedRedirect("http://kc:8080/realms/zhurnal/broker/esia/endpoint")).isTrue();
        assertThat(config.isAllowedRedirect("http://kc:8080/realms/zhurnal/broker/esia/endpoint/logout_response"))
                .isTrue();
        assertThat(config.isAllowedRedirect("http://kc:8080/realms/zhurnal/broker/esia/endpoint?x=1")).isTrue();
        assertThat(config.isAllowedRedirect("http://kc:8080/realms/zhurnal/broker/esia/endpointevil")).isFalse();
        assertThat(config.isAllowedRedirect("http://kc:8080/realms/zhurnal/broker/other/endpoint")).isFalse();
        assertThat(config.isAllowedRedirect(null)).isFalse();
    }

    @Test
    void environmentNeedsRedirectPrefixesAndReadsTheClientCertificate(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> EsiaSimulatorConfig.fromEnvironment(Map.of()))
                .hasMessageContaining("redirect");
        Path certificate = Files.writeString(dir.resolve("client.pem"), EsiaTestClient.CLIENT.certificatePem());

        EsiaSimulatorConfig config = EsiaSimulatorConfig.fromEnvironment(Map.of(
                "ZHURNAL_ESIA_REDIRECT_PREFIXES", " http://a/x , http://b/y,",
                "ZHURNAL_ESIA_CLIENT_CERT_FILE", certificate.toString(),
                "ZHURNAL_ESIA_CONFIRMED_ONLY", "true"));

        assertThat(config.port()).isEqualTo(28280);
        assertThat(config.clientId()).isEqualTo("zhurnal-keycloak");
        assertThat(config.allowedRedirectPrefixes()).containsExactly("http://a/x", "http://b/y");
        assertThat(config.clientCertificate()).isEqualTo(EsiaTestClient.CLIENT.certificate());
        assertThat(config.confirmedAccountsOnly()).isTrue();
    }
}
