package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StackDb;
import org.zhurnal.it.support.TestStack;

/**
 * Guardian links from the state portal's children list, through Keycloak and the ESIA simulator: the demo parent
 * 1000027 (Воробьёв Максим Петрович) has two children in ESIA, Дарья (SNILS 811-000-031 94) and Илья
 * (811-000-032 95). A child on a class list becomes a pending suggestion at the parent's sign-in; nothing is linked
 * until somebody confirms; a refused suggestion is not made again.
 */
class GuardianLinksApiIT {

    private static final String PARENT_OID = "1000027";
    private static final String PARENT_SUBJECT_OF = "SELECT DISTINCT subject FROM guardian_link WHERE surname = 'Воробьёв'";

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";
    private final StackDb db = StackDb.ofTestStack();

    @Test
    void aChildOnAClassListIsSuggestedConfirmedAndThenReadByTheParentAndARefusalIsFinal() {
        BrowserlessClient admin = signedIn(EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
        long year = created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        long classId = created(admin.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":6,\"letter\":\"В\"}"));
        long darya = enrol(admin, school, classId, "Воробьёва", "Дарья", "Максимовна", "811-000-031 94");

        BrowserlessClient parent = signedIn(PARENT_OID);
        assertThat(parent.get(api + "/me").body()).contains("\"binding\":\"NONE\"");
        assertThat(parent.get(api + "/diary/children").body()).isEqualTo("[]");
        assertThat(parent.get(api + "/guardian-links?state=PENDING").status()).isEqualTo(403);

        Page pending = admin.get(api + "/guardian-links?state=PENDING");
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        long link = linkOf(pending.body(), darya);
        assertThat(pending.body()).contains("\"childName\":\"Воробьёва Дарья Максимовна\"", "\"className\":\"6В\"",
                "\"accountName\":\"Воробьёв Максим Петрович\"", "\"knownCard\":false")
                .doesNotContain("811-000-03", "81100003");
        assertThat(pending.body()).doesNotContain("Воробьёв Илья");
        String subject = Db.column(db, PARENT_SUBJECT_OF).get(0);
        assertThat(Db.count(db, "SELECT count(*) FROM guardian_link WHERE subject = ?", subject)).isEqualTo(1);

        BrowserlessClient stranger = signedIn("1000004");
        assertThat(stranger.sendJson("POST", api + "/guardian-links/" + link + "/confirm", "{\"kind\":\"FATHER\"}")
                .status()).isEqualTo(403);
        Page noKind = admin.sendJson("POST", api + "/guardian-links/" + link + "/confirm", "{}");
        assertThat(noKind.status()).as(noKind.body()).isEqualTo(400);
        assertThat(noKind.body()).contains("\"field\":\"kind\"");
        Page confirmed = admin.sendJson("POST", api + "/guardian-links/" + link + "/confirm", "{\"kind\":\"FATHER\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"state\":\"CONFIRMED\"");
        assertThat(admin.sendJson("POST", api + "/guardian-links/" + link + "/reject", null).status()).isEqualTo(409);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE object_type = 'GUARDIAN_LINK' AND object_id = ?",
                Long.toString(link))).isEqualTo(2);

        BrowserlessClient again = signedIn(PARENT_OID);
        assertThat(again.get(api + "/me").body()).contains("\"binding\":\"CONFIRMED\"", "\"parent\"");
        Page children = again.get(api + "/diary/children");
        assertThat(children.body()).contains("\"personId\":" + darya, "Воробьёва Дарья Максимовна");
        assertThat(again.get(api + "/diary/" + darya + "/week?date=2026-11-16").status()).isEqualTo(200);

        long ilya = enrol(admin, school, classId, "Воробьёв", "Илья", "Максимович", "811-000-032 95");
        signedIn(PARENT_OID);
        long second = linkOf(admin.get(api + "/guardian-links?state=PENDING").body(), ilya);
        Page refused = admin.sendJson("POST", api + "/guardian-links/" + second + "/reject", null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.body()).contains("\"state\":\"REJECTED\"");
        signedIn(PARENT_OID);
        assertThat(Db.count(db, "SELECT count(*) FROM guardian_link WHERE subject = ?", subject)).isEqualTo(2);
        assertThat(admin.get(api + "/guardian-links?state=PENDING").body()).doesNotContain("\"childPersonId\":" + ilya);
    }

    private BrowserlessClient signedIn(String oid) {
        BrowserlessClient client = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(client, app, oid);
        return client;
    }

    private long enrol(BrowserlessClient admin, long school, long classId, String surname, String given,
                       String patronymic, String snils) {
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"%s","givenName":"%s","patronymic":"%s","birthDate":"2014-09-30","sex":null,
                 "snils":"%s","classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 9"}"""
                .formatted(surname, given, patronymic, snils, classId));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page.firstId();
    }

    /** The id of the pending suggestion for the child, from the list's JSON. */
    private static long linkOf(String json, long child) {
        Matcher item = Pattern.compile("\\{[^{}]*\"childPersonId\":" + child + "[^{}]*").matcher(json);
        assertThat(item.find()).as(json).isTrue();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(item.group());
        assertThat(id.find()).as(item.group()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
