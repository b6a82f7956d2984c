package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.TestStack;

/**
 * The analytics export's API over HTTP: the region administrator re-runs a past date, lists and downloads the
 * files; bad dates and names are refused; nobody else gets in. The export's route is on the exchange screen.
 */
class AnalyticsExportsApiIT {

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1/analytics-exports";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void regionAdministratorReRunsADateAndDownloadsItsFiles() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);

        Page run = client.sendJson("POST", api + "/runs", "{\"date\":\"2026-11-20\"}");
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body()).startsWith("{\"date\":\"2026-11-20\",\"rows\":");
        assertThat(client.sendJson("POST", api + "/runs", "{\"date\":\"2026-11-20\"}").status()).isEqualTo(200);

        Page files = client.get(api);
        assertThat(files.status()).isEqualTo(200);
        assertThat(files.body()).containsOnlyOnce("\"name\":\"zhurnal-analytics-2026-11-20.csv\"")
                .containsOnlyOnce("\"name\":\"zhurnal-analytics-2026-11-20.json\"");
        Page csv = client.get(api + "/zhurnal-analytics-2026-11-20.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition")).contains("attachment; filename=\"zhurnal-analytics-2026-11-20.csv\"");
        assertThat(csv.body()).startsWith("date;schoolId;schoolInn;classId;className;subjectId;subject;students;");
        assertThat(client.get(api + "/secret.txt").status()).isEqualTo(404);

        Page future = client.sendJson("POST", api + "/runs", "{\"date\":\"2099-01-01\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"date\"", "Выгрузить можно только прошедший день");
        assertThat(client.sendJson("POST", api + "/runs", "{}").status()).isEqualTo(400);
        assertThat(client.get(app + "/api/v1/exchanges/routes").body())
                .contains("{\"id\":\"analytics-export\",\"state\":\"Started\"}");
    }

    @Test
    void nobodyElseMayExportOrDownload() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.TEACHER);
        assertThat(client.get(api).status()).isEqualTo(403);
        assertThat(client.sendJson("POST", api + "/runs", "{\"date\":\"2026-11-20\"}").status()).isEqualTo(403);
        assertThat(client.get(api + "/zhurnal-analytics-2026-11-20.csv").status()).isEqualTo(403);
    }
}
