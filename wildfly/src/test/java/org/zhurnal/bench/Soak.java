package org.zhurnal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The evening mix kept up for a long time, in 30-second chunks, to see whether the server's heap stays put:
 * the heap in use after each chunk, and at the end the live set after a full collection. Its row sums the
 * chunks (latencies are the worst chunk's) and shows the most heap seen in use.
 */
final class Soak {

    static final int CHUNK_SECONDS = 30;

    private Soak() {
    }

    static ScenarioResult run(ServerProbe probe, int seconds, IntFunction<ScenarioResult> chunk) {
        List<ScenarioResult> chunks = new ArrayList<>();
        List<String> heaps = new ArrayList<>();
        for (int done = 0; done < seconds; done += CHUNK_SECONDS) {
            ScenarioResult result = chunk.apply(Math.min(CHUNK_SECONDS, seconds - done));
            chunks.add(result);
            heaps.add(String.format(Locale.ROOT, "%.0f", result.heapMb()));
        }
        double live = probe.liveHeapMb();
        System.out.printf(Locale.ROOT, "Soak: %d s, heap in use after each %d s (MiB): %s; live after a full GC: %.0f MiB;"
                + " maximum heap %.0f MiB%n", seconds, CHUNK_SECONDS, String.join(", ", heaps), live, probe.maxHeapMb());
        return combined("diary-week, soak " + seconds + " s", chunks);
    }

    static ScenarioResult combined(String name, List<ScenarioResult> chunks) {
        long requests = chunks.stream().mapToLong(ScenarioResult::requests).sum();
        double cpu = chunks.stream().mapToDouble(c -> c.cpuMsPerRequest() * c.requests()).sum();
        return new ScenarioResult(name, chunks.get(0).concurrency(), requests,
                chunks.stream().mapToDouble(ScenarioResult::seconds).sum(),
                chunks.stream().mapToDouble(ScenarioResult::p50).max().orElse(Double.NaN),
                chunks.stream().mapToDouble(ScenarioResult::p95).max().orElse(Double.NaN),
                chunks.stream().mapToDouble(ScenarioResult::p99).max().orElse(Double.NaN),
                chunks.stream().mapToLong(ScenarioResult::errors).sum(), requests == 0 ? Double.NaN : cpu / requests,
                chunks.stream().mapToDouble(ScenarioResult::heapMb).max().orElse(Double.NaN), Double.NaN);
    }
}
