package org.zhurnal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code concurrency} workers, each doing one operation after another for the given
 * time. An operation that throws or answers {@code false} counts as an error.
 */
final class ClosedLoop {

    /** One worker's operation; {@code worker} numbers the workers from 0 so they can keep to their own data. */
    interface Operation {
        boolean run(int worker, long iteration) throws Exception;
    }

    private ClosedLoop() {
    }

    static ScenarioResult run(String scenario, int concurrency, int seconds, Operation operation) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                Latencies own = new Latencies();
                for (long i = 0; System.nanoTime() < end; i++) {
                    long began = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.run(worker, i);
                    } catch (Exception e) {
                        ok = false;
                    }
                    own.add(System.nanoTime() - began);
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
                latencies.addAll(own);
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (Exception e) {
                throw new IllegalStateException(scenario + " worker failed", e);
            }
        }
        pool.shutdown();
        double took = (System.nanoTime() - start) / 1e9;
        return new ScenarioResult(scenario, concurrency, latencies.count(), took, latencies.percentileMs(50),
                latencies.percentileMs(95), latencies.percentileMs(99), errors.get(), Double.NaN, Double.NaN,
                Double.NaN);
    }
}
