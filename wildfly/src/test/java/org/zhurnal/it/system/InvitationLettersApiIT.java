package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StackDb;
import org.zhurnal.it.support.TestStack;

/**
 * The class's invitation letters as a PDF: downloaded by whoever manages the class, read back with PDFBox (the
 * code, the names and the Russian instructions are there as text), audited; the mother (ESIA 1000028, Смирнова Вера
 * Алексеевна) signs in for the first time and redeems the code printed for her.
 */
class InvitationLettersApiIT {

    private static final Pattern MOTHER_CODE = Pattern.compile(
            "Мать: Смирнова Вера Алексеевна\\s+Код: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";

    @Test
    void theLettersCarryCodesThatWorkAndIssuingThemIsAudited() throws IOException {
        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, app, EsiaSimulatorPage.REGION_ADMIN);
        String tag = RegionTestData.tag();
        long school = created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Средняя школа %s","shortName":"СШ %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
        long year = created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        long classId = created(admin.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":3,\"letter\":\"Г\"}"));
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"Смирнов","givenName":"Лев","patronymic":"Игоревич","birthDate":"2018-02-02","sex":null,
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 3"}""".formatted(classId));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        long student = Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
        Page mother = admin.sendJson("POST", api + "/students/" + student + "/representatives", """
                {"surname":"Смирнова","givenName":"Вера","patronymic":"Алексеевна","birthDate":"1985-04-08",
                 "kind":"MOTHER","validFrom":"2026-09-01"}""");
        assertThat(mother.status()).as(mother.body()).isEqualTo(201);

        HttpResponse<byte[]> letters = admin.postForBytes(api + "/classes/" + classId + "/invitations/letters");
        assertThat(letters.statusCode()).as(new String(letters.body())).isEqualTo(200);
        assertThat(letters.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(letters.body())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Приглашение в электронный журнал", "СШ " + tag + ", 3Г класс",
                "Обучающийся: Смирнов Лев Игоревич", "Войти через Госуслуги");
        Matcher code = MOTHER_CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        assertThat(Db.count(StackDb.ofTestStack(), "SELECT count(*) FROM audit_event WHERE action = "
                + "'invite.letter-issued' AND object_id = ? AND origin IN ('127.0.0.1', '0:0:0:0:0:0:0:1', '::1')",
                Long.toString(classId))).as("audited with where the request came from").isEqualTo(1);
        assertThat(Db.count(StackDb.ofTestStack(), "SELECT count(*) FROM invite_code WHERE student_person_id = ? "
                + "AND revoked_at IS NULL", student)).isEqualTo(2);

        BrowserlessClient stranger = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(stranger, app, "1000028");
        assertThat(new BrowserlessClient().postForBytes(api + "/classes/" + classId + "/invitations/letters")
                .statusCode()).isEqualTo(401);
        assertThat(stranger.postForBytes(api + "/classes/" + classId + "/invitations/letters").statusCode())
                .isEqualTo(403);
        Page redeemed = stranger.sendJson("POST", api + "/invitations/redeem",
                "{\"code\":\"" + code.group(1).toLowerCase() + "\"}");
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(200);
        assertThat(redeemed.body()).contains("\"personName\":\"Смирнова Вера Алексеевна\"", "\"purpose\":\"PARENT\"");
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page.firstId();
    }
}
