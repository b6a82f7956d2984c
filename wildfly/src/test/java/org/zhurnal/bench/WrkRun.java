package org.zhurnal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read scenario run by wrk (Debian's, in C, so that the load generator costs the machine little):
 * the requests are lines of a file, each with the session cookie of the user making it.
 */
final class WrkRun {

    record Request(String method, String path, String cookie) {
        String line() {
            return method + "\t" + path + "\t" + cookie;
        }
    }

    private static final Pattern RESULT = Pattern.compile("ZHURNAL-RESULT (.*)");

    private final Path benchDir;
    private final Path workDir;

    WrkRun(Path benchDir, Path workDir) {
        this.benchDir = benchDir;
        this.workDir = workDir;
    }

    ScenarioResult run(String scenario, String baseUrl, List<Request> requests, int concurrency, int seconds) {
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve(scenario + ".requests");
            Files.write(file, requests.stream().map(Request::line).toList());
            Path log = workDir.resolve(scenario + ".wrk.log");
            Process wrk = new ProcessBuilder("wrk", "-t", "2", "-c", String.valueOf(concurrency), "-d", seconds + "s",
                    "--timeout", "10s", "-s", benchDir.resolve("requests.lua").toString(), baseUrl, "--",
                    file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new IllegalStateException("wrk did not finish: " + log);
            }
            String output = Files.readString(log);
            Matcher result = RESULT.matcher(output);
            if (wrk.exitValue() != 0 || !result.find()) {
                throw new IllegalStateException("wrk failed (" + wrk.exitValue() + "):\n" + output);
            }
            Map<String, String> values = new HashMap<>();
            for (String pair : result.group(1).trim().split(" ")) {
                String[] kv = pair.split("=");
                values.put(kv[0], kv[1]);
            }
            return new ScenarioResult(scenario, concurrency, Long.parseLong(values.get("requests")),
                    Double.parseDouble(values.get("seconds")), Double.parseDouble(values.get("p50")),
                    Double.parseDouble(values.get("p95")), Double.parseDouble(values.get("p99")),
                    Long.parseLong(values.get("status_errors")) + Long.parseLong(values.get("socket_errors")),
                    Double.NaN, Double.NaN, Double.NaN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
