package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TestStack;

/**
 * A journal administrator's account bound to their person card over HTTP: appointed by SNILS, suggested at
 * sign-in, confirmed by the region administrator, and from the next sign-in allowed at their school only.
 */
class AccountBindingApiIT {

    private static final String REGION_ADMIN_OID = "1000001";
    private static final String KUZNETSOV_OID = "1000002";
    private static final String KUZNETSOV_SNILS = "234-567-890 99";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";

    @Test
    void appointedJournalAdministratorIsSuggestedConfirmedAndThenAdministersOnlyTheirSchool() {
        BrowserlessClient regionAdmin = signedIn(REGION_ADMIN_OID);
        String shortName = "СШ " + RegionTestData.tag();
        long school = createSchool(regionAdmin, shortName);
        long otherSchool = createSchool(regionAdmin, "СШ " + RegionTestData.tag());
        Page appointed = regionAdmin.sendJson("POST", api + "/schools/" + school + "/administrators", """
                {"surname":"Кузнецов","givenName":"Андрей","patronymic":"Сергеевич","birthDate":"1982-09-02",
                 "snils":"%s"}""".formatted(KUZNETSOV_SNILS));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        String personId = appointed.body().replaceAll("\\D+", " ").strip();

        BrowserlessClient kuznetsov = signedIn(KUZNETSOV_OID);
        assertThat(kuznetsov.get(api + "/me").body()).contains("\"binding\":\"PENDING\"", "\"schools\":[]");
        assertThat(kuznetsov.get(api + "/schools/" + school + "/years").status()).isEqualTo(403);
        assertThat(kuznetsov.get(api + "/account-bindings?state=PENDING").status()).isEqualTo(403);

        Page pending = regionAdmin.get(api + "/account-bindings?state=PENDING");
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        assertThat(pending.body()).doesNotContain(KUZNETSOV_SNILS, "234567890").contains("\"shortName\":\"" + shortName + "\"");
        long bindingId = bindingOf(pending.body(), personId);
        Page confirmed = regionAdmin.sendJson("POST", api + "/account-bindings/" + bindingId + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"state\":\"CONFIRMED\"");
        assertThat(regionAdmin.sendJson("POST", api + "/account-bindings/" + bindingId + "/reject", null).status())
                .isEqualTo(409);

        BrowserlessClient again = signedIn(KUZNETSOV_OID);
        assertThat(again.get(api + "/me").body()).contains("\"binding\":\"CONFIRMED\"", "\"schoolId\":" + school,
                "\"shortName\":\"" + shortName + "\"", "\"positions\":[\"JOURNAL_ADMIN\"]");
        Page years = again.get(api + "/schools/" + school + "/years");
        assertThat(years.status()).as(years.body()).isEqualTo(200);
        assertThat(again.get(api + "/schools/" + otherSchool + "/years").status()).isEqualTo(403);
    }

    @Test
    void anAccountWithoutAStaffCardHasNoBinding() {
        BrowserlessClient parent = signedIn("1000006");
        assertThat(parent.get(api + "/me").body()).contains("\"binding\":\"NONE\"", "\"schools\":[]");
        assertThat(parent.sendJson("POST", api + "/account-bindings/1/confirm", null).status()).isEqualTo(403);
    }

    private BrowserlessClient signedIn(String oid) {
        BrowserlessClient client = new BrowserlessClient();
        Page home = EsiaSimulatorPage.signInAs(client, client.get(app + "/login"), oid);
        assertThat(home.uri().toString()).isEqualTo(app + "/");
        return client;
    }

    private long createSchool(BrowserlessClient client, String shortName) {
        Page created = client.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"%s","inn":"%s"}"""
                .formatted(shortName, shortName, RegionTestData.inn()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Matcher matcher = ID.matcher(created.body());
        assertThat(matcher.find()).as(created.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The id of the pending suggestion for this person card, from the list's JSON. */
    private static long bindingOf(String json, String personId) {
        Matcher item = Pattern.compile("\\{[^{}]*\"personId\":" + personId + "[^{}]*").matcher(json);
        assertThat(item.find()).as(json).isTrue();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(item.group());
        assertThat(id.find()).as(item.group()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
