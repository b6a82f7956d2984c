package org.zhurnal.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.it.support.BrowserlessClient.Page;

/** Following an import job over HTTP: the upload's 202 and Location, then the job until it is done or failed. */
public final class ImportJobs {

    private static final Pattern JOB_ID = Pattern.compile("\"jobId\":\"([0-9a-f-]{36})\"");

    private ImportJobs() {
    }

    /**
     * The job that {@code accepted} (an upload to {@code list}/import, {@code list} a full URL under {@code api})
     * started, followed until it is done or failed; its last state.
     */
    public static Page finished(BrowserlessClient client, String api, String list, Page accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        Matcher id = JOB_ID.matcher(accepted.body());
        assertThat(id.find()).as(accepted.body()).isTrue();
        assertThat(accepted.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/api/v1" + list.substring(api.length()) + "/imports/" + id.group(1)));
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.get(list + "/imports/" + id.group(1)),
                        job -> job.status() == 200 && job.body().matches("(?s).*\"state\":\"(done|failed)\".*"));
    }
}
