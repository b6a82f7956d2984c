package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.TestStack;

/** The exchanges API over HTTP: only the region administrator; a paused route shows in the health check. */
class ExchangesApiIT {

    private final String app = TestStack.settings().appUrl();
    private final String api = app + "/api/v1/exchanges";
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void regionAdministratorSeesTheLogAndPausesAndResumesARoute() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.REGION_ADMIN);
        assertThat(client.get(api).status()).isEqualTo(200);
        assertThat(client.get(api + "/dead-letters").status()).isEqualTo(200);
        assertThat(client.get(api + "/routes").body()).contains("{\"id\":\"registry-file\",\"state\":\"Started\"}");

        assertThat(client.sendJson("POST", api + "/routes/registry-file/pause", null).status()).isEqualTo(204);
        try {
            assertThat(client.get(api + "/routes").body()).contains("{\"id\":\"registry-file\",\"state\":\"Suspended\"}");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(client.get(app + "/health/ready").body())
                    .contains("\"route.registry-file\":\"Suspended\"").doesNotContain("\"DOWN\""));
        } finally {
            assertThat(client.sendJson("POST", api + "/routes/registry-file/resume", null).status()).isEqualTo(204);
        }
        assertThat(client.get(api + "/routes").body()).contains("{\"id\":\"registry-file\",\"state\":\"Started\"}");
        assertThat(client.sendJson("POST", api + "/routes/no-such-route/pause", null).status()).isEqualTo(404);
        Page noReason = client.sendJson("POST", api + "/dead-letters/discard", "{\"id\":\"ID:1\",\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"", "Укажите причину");
    }

    @Test
    void nobodyElseMayLookAtExchanges() {
        EsiaSimulatorPage.signInThroughApp(client, app, EsiaSimulatorPage.TEACHER);
        assertThat(client.get(api).status()).isEqualTo(403);
        assertThat(client.sendJson("POST", api + "/routes/registry-file/pause", null).status()).isEqualTo(403);
    }
}
