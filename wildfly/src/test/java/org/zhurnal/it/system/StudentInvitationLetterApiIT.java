package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * One student's invitation letter: printed again for one family (the class's letters were printed before), it carries
 * fresh codes for the student and the mother and revokes the earlier ones; the student (ESIA 1000043, Лаптев Кирилл
 * Сергеевич) signs in for the first time, is refused the code of the class's letter and redeems the new one.
 */
class StudentInvitationLetterApiIT {

    private static final Pattern STUDENT_CODE = Pattern.compile(
            "Обучающийся: Лаптев Кирилл Сергеевич\\s+Код: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    private static final Pattern MOTHER_CODE = Pattern.compile(
            "Мать: Лаптева Ольга Ивановна\\s+Код: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1";

    @Test
    void theStudentsLetterReplacesTheFamilysCodesAndItsCodeWorks() throws IOException {
        BrowserlessClient admin = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(admin, app, EsiaSimulatorPage.REGION_ADMIN);
        Family family = classWithStudent(admin);
        long classId = family.classId();
        long student = family.student();

        String classLetters = text(admin.postForBytes(api + "/classes/" + classId + "/invitations/letters"));
        String oldCode = code(STUDENT_CODE, classLetters);
        String letter = text(admin.postForBytes(api + "/classes/" + classId + "/invitations/letters/" + student));
        String newCode = code(STUDENT_CODE, letter);
        assertThat(code(MOTHER_CODE, letter)).isNotEqualTo(code(MOTHER_CODE, classLetters));
        assertThat(newCode).isNotEqualTo(oldCode);
        assertThat(letter).contains("Приглашение в электронный журнал", "Обучающийся: Лаптев Кирилл Сергеевич",
                "Войти через Госуслуги");
        assertThat(Db.count(StackDb.ofTestStack(), "SELECT count(*) FROM invite_code WHERE student_person_id = ? "
                + "AND revoked_at IS NULL", student)).as("only the letter's two codes are open").isEqualTo(2);
        assertThat(Db.count(StackDb.ofTestStack(), "SELECT count(*) FROM audit_event WHERE action = "
                + "'invite.student-letter-issued' AND object_id = ?", Long.toString(student))).isEqualTo(1);

        HttpResponse<byte[]> notOnList = admin.postForBytes(api + "/classes/" + classId + "/invitations/letters/"
                + AccessMatrix.NONE);
        assertThat(notOnList.statusCode()).isEqualTo(400);
        assertThat(new String(notOnList.body(), StandardCharsets.UTF_8))
                .contains("studentPersonId", "Обучающийся не состоит в этом классе");

        BrowserlessClient kirill = new BrowserlessClient();
        EsiaSimulatorPage.signInThroughApp(kirill, app, "1000043");
        assertThat(kirill.postForBytes(api + "/classes/" + classId + "/invitations/letters/" + student).statusCode())
                .as("a student may not print letters").isEqualTo(403);
        Page refused = kirill.sendJson("POST", api + "/invitations/redeem", "{\"code\":\"" + oldCode + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Этот код заменён новым");
        Page redeemed = kirill.sendJson("POST", api + "/invitations/redeem", "{\"code\":\"" + newCode + "\"}");
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(200);
        assertThat(redeemed.body()).contains("\"personName\":\"Лаптев Кирилл Сергеевич\"", "\"purpose\":\"STUDENT\"");
    }

    private record Family(long classId, long student) {
    }

    /** A school, its year, class 4В with the student Лаптев Кирилл and his mother. */
    private Family classWithStudent(BrowserlessClient admin) {
        String tag = RegionTestData.tag();
        long school = created(admin.sendJson("POST", api + "/schools", """
                {"fullName":"Школа писем %s","shortName":"ШП %s","inn":"%s"}""".formatted(tag, tag, RegionTestData.inn())));
        long year = created(admin.sendJson("POST", api + "/schools/" + school + "/years", """
                {"startsOn":"2026-09-01","endsOn":"2027-05-31","periodSystem":"HALF_YEARS","workingWeek":"FIVE_DAYS",
                 "periods":[{"startsOn":"2026-09-01","endsOn":"2026-12-28"},{"startsOn":"2027-01-12","endsOn":"2027-05-31"}]}"""));
        long classId = created(admin.sendJson("POST", api + "/schools/" + school + "/classes",
                "{\"yearId\":" + year + ",\"grade\":4,\"letter\":\"В\"}"));
        Page enrolled = admin.sendJson("POST", api + "/schools/" + school + "/students", """
                {"surname":"Лаптев","givenName":"Кирилл","patronymic":"Сергеевич","birthDate":"2014-10-10","sex":null,
                 "snils":null,"classId":%d,"arrivedOn":"2026-09-01","orderRef":"№ 4"}""".formatted(classId));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        long student = Long.parseLong(enrolled.body().replaceAll("^\\{\"personId\":(\\d+).*$", "$1"));
        Page mother = admin.sendJson("POST", api + "/students/" + student + "/representatives", """
                {"surname":"Лаптева","givenName":"Ольга","patronymic":"Ивановна","birthDate":"1986-01-01",
                 "kind":"MOTHER","validFrom":"2026-09-01"}""");
        assertThat(mother.status()).as(mother.body()).isEqualTo(201);
        return new Family(classId, student);
    }

    private static String text(HttpResponse<byte[]> pdf) throws IOException {
        assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String code(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return page.firstId();
    }
}
