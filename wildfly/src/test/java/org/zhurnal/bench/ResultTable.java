package org.zhurnal.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's figures as a Markdown table (readable in a console and pasted into docs/benchmarks.md). */
final class ResultTable {

    private ResultTable() {
    }

    static String format(List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | concurrency | requests/s | p50 ms | p95 ms | p99 ms | errors | app CPU ms/req"
                + " | app heap MiB | of DB limit |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScenarioResult r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %s | %s | %s |%n",
                    r.scenario(), r.concurrency(), r.requestsPerSecond(), r.p50(), r.p95(), r.p99(), r.errors(),
                    number(r.cpuMsPerRequest(), "%.2f"), number(r.heapMb(), "%.0f"),
                    Double.isNaN(r.limitRatio()) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * r.limitRatio())));
        }
        return out.toString();
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, format, value);
    }
}
