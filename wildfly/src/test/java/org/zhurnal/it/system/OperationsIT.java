package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.TestStack;

/** What operators and integrators rely on: health, the OpenAPI document, the SPA, errors without traces. */
class OperationsIT {

    private final String app = TestStack.settings().appUrl();
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void healthReportsDatabaseAndCamelUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Page health = client.get(app + "/health/ready");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).contains("\"name\":\"database\"").contains("\"name\":\"camel\"")
                    .contains("\"heartbeat\":\"fresh\"").doesNotContain("\"DOWN\"");
        });
    }

    @Test
    void openApiDescribesTheApi() {
        Page openapi = client.get(app + "/openapi?format=JSON");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("\"/api/v1/me\"").contains("Zhurnal API");
        assertThat(client.get(app + "/api-docs/").body()).contains("swagger");
    }

    @Test
    void singlePageAppIsServedAtTheRoot() {
        Page index = client.get(app + "/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("<html lang=\"ru\"").contains("<div id=\"root\"");
    }

    @Test
    void deepLinksIntoTheAppServeTheApp() {
        Page deepLink = client.getHtml(app + "/region/schools/42");
        assertThat(deepLink.status()).isEqualTo(200);
        assertThat(deepLink.body()).contains("<div id=\"root\"");
    }

    @Test
    void writesWithoutTheAntiForgeryHeaderAreRefused() {
        Page forged = client.sendJsonWithoutCsrfHeader("POST", app + "/api/v1/me", "{}");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("/problems/forged-request");
        Page genuine = client.sendJson("POST", app + "/api/v1/me", "{}");
        assertThat(genuine.status()).as("passes the guard, then meets a read-only resource").isEqualTo(405);
    }

    @Test
    void unknownApiPathIsAProblemWithoutStackTrace() {
        Page missing = client.get(app + "/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("\"status\":404").contains("Не найдено")
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
