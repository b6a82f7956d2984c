package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/** The region administrator's school API over HTTP, signed in through Keycloak and the ESIA simulator. */
class SchoolsApiIT {


    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void regionAdministratorRegistersFindsAndStaffsASchool() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        Page municipalities = client.get(api + "/municipalities");
        assertThat(municipalities.status()).isEqualTo(200);
        assertThat(municipalities.body()).contains("\"name\":\"г. Красноярск\"");
        String krasnoyarsk = municipalities.body().replaceAll(".*\\{\"id\":(\\d+),\"name\":\"г. Красноярск\"}.*", "$1");

        String tag = RegionTestData.tag();
        String inn = RegionTestData.inn();
        Page created = client.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s","ogrn":"","address":null,
                 "municipalityId":%s}""".formatted(tag, tag, inn, krasnoyarsk));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.firstId();
        assertThat(created.header("Location")).hasValue(api + "/schools/" + id);
        assertThat(created.body()).contains("\"inn\":\"" + inn + "\"", "\"ogrn\":null", "\"address\":null",
                "\"municipality\":{\"id\":" + krasnoyarsk + ",\"name\":\"г. Красноярск\"}", "\"administrators\":[]");

        Page found = client.get(api + "/schools?q=" + tag + "&page=0&size=5");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).startsWith("{\"items\":[{\"id\":" + id + ",").endsWith(",\"page\":0,\"size\":5,\"total\":1}");

        String snils = RegionTestData.formatted(RegionTestData.snils());
        Page appointed = client.sendJson("POST", api + "/schools/" + id + "/administrators", """
                {"surname":"Кузнецов","givenName":"Андрей","patronymic":"Сергеевич","birthDate":"1980-05-04",
                 "snils":"%s"}""".formatted(snils));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        assertThat(appointed.body()).matches("\\{\"displayName\":\"Кузнецов Андрей Сергеевич\",\"personId\":\\d+}"
                + "|\\{\"personId\":\\d+,\"displayName\":\"Кузнецов Андрей Сергеевич\"}").doesNotContain(snils);
        String personId = appointed.body().replaceAll("\\D+", " ").strip();
        assertThat(client.get(api + "/schools/" + id).body()).contains("\"displayName\":\"Кузнецов Андрей Сергеевич\"");

        assertThat(client.sendJson("DELETE", api + "/schools/" + id + "/administrators/" + personId, null).status()).isEqualTo(204);
        assertThat(client.get(api + "/schools/" + id).body()).contains("\"administrators\":[]");
    }

    @Test
    void regionAdministratorAddsAMunicipalityOnceByName() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        String name = "Район " + RegionTestData.tag();
        Page created = client.sendJson("POST", api + "/municipalities", "{\"name\":\" " + name + " \"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).matches("\\{\"id\":\\d+,\"name\":\"" + name + "\"}");
        assertThat(client.get(api + "/municipalities").body()).contains(created.body());

        Page duplicate = client.sendJson("POST", api + "/municipalities", "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"name\"");
        assertThat(client.sendJson("POST", api + "/municipalities", "{}").body()).contains("\"status\":400",
                "\"field\":\"name\"");
    }

    @Test
    void aWrongInnIsA400NamingTheField() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        Page refused = client.sendJson("POST", api + "/schools", """
                {"fullName":"Школа","shortName":"Школа","inn":"7707083894"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":400", "\"detail\":\"Неверная контрольная сумма ИНН\"",
                "\"field\":\"inn\"");

        Page badSize = client.get(api + "/schools?size=101");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.body()).contains("\"field\":\"size\"");
        assertThat(client.get(api + "/schools/999999999").body()).contains("\"status\":404", "Школа не найдена");
    }

    @Test
    void aTeacherIsRefusedWithAProblem() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.TEACHER);
        for (Page refused : new Page[] {client.get(api + "/schools"), client.get(api + "/municipalities"),
                client.sendJson("POST", api + "/schools", "{\"fullName\":\"Школа\",\"shortName\":\"Ш\",\"inn\":\"7707083893\"}"),
                client.sendJson("POST", api + "/municipalities", "{\"name\":\"Район\"}"),
                client.sendJson("DELETE", api + "/schools/1/administrators/1", null)}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("\"status\":403", "\"title\":\"Нет доступа\"");
        }
    }

    @Test
    void nobodySignedInGets401() {
        assertThat(client.get(api + "/schools").status()).isEqualTo(401);
        Page post = client.sendJson("POST", api + "/schools", "{\"fullName\":\"Школа\"}");
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.body()).contains("Вход не выполнен");
    }


}
