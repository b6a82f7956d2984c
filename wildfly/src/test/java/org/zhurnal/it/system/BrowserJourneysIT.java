package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.ParentDiaryFixture;
import org.zhurnal.it.support.TestStack;

/**
 * Runs the Playwright journeys ({@code src/test/e2e}, node's test runner, Debian's Chromium) against the
 * running stack. Their output, with screenshots in {@code target/e2e}, is kept for review.
 */
class BrowserJourneysIT {

    private static long diaryChild;

    @Test
    void journeysPassInHeadlessChromium() throws IOException, InterruptedException {
        Path e2e = Path.of(System.getProperty("e2e.dir"));
        Path out = Path.of(System.getProperty("e2e.out"));
        Files.createDirectories(out);

        assertThat(run(e2e, out.resolve("npm-ci.log"), List.of("npm", "ci", "--no-audit", "--no-fund")))
                .as("npm ci in %s (see %s)", e2e, out.resolve("npm-ci.log")).isZero();
        // The diary journey reads a child's week; its lessons and marks have no API yet, so they are prepared here.
        diaryChild = ParentDiaryFixture.create().anna();
        Path log = out.resolve("journeys.log");
        int exit = run(e2e, log, List.of("npm", "test"));
        assertThat(exit).as("browser journeys failed:\n%s", Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("# fail 0");
    }

    private static int run(Path dir, Path log, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ZHURNAL_URL", TestStack.settings().appUrl() + "/");
        builder.environment().put("E2E_OUT", log.getParent().toString());
        builder.environment().put("E2E_DIARY_CHILD", Long.toString(diaryChild));
        // Journeys that need rows only other features write (lessons) seed them with psql.
        builder.environment().put("ZHURNAL_DB_URL", "postgresql://postgres@localhost:" + TestStack.settings().postgresPort()
                + "/zhurnal");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 10 minutes");
        }
        return process.exitValue();
    }
}
