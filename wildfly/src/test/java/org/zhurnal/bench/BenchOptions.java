package org.zhurnal.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * How hard and how long to push: {@code --seconds} per scenario (10), {@code --concurrency} connections (32),
 * {@code --parents} signed-in parents (200), {@code --teachers} signed-in teachers saving lessons (32),
 * {@code --requests} request lines per scenario (5000), {@code --soak-seconds} of the evening mix afterwards to watch the
 * heap under a long load (0: none), {@code --only} a comma-separated list of the scenarios to run (all). The
 * region itself is chosen by the generator's options ({@code --size}, {@code --seed}, {@code --as-of}).
 */
record BenchOptions(int seconds, int concurrency, int parents, int teachers, int requests, int soakSeconds,
                    java.util.Set<String> only) {

    static BenchOptions parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return new BenchOptions(number(options, "seconds", 10), number(options, "concurrency", 32),
                number(options, "parents", 200), number(options, "teachers", 32), number(options, "requests", 5000),
                Integer.parseInt(options.getOrDefault("soak-seconds", "0")),
                java.util.Set.of(options.getOrDefault("only", "").split(",")));
    }

    /** Whether the scenario runs: every one unless {@code --only} names some (e.g. {@code --only lesson-save,journal-grid}). */
    boolean runs(String scenario) {
        return only.equals(java.util.Set.of("")) || only.contains(scenario);
    }

    BenchOptions withSeconds(int newSeconds) {
        return new BenchOptions(newSeconds, concurrency, parents, teachers, requests, soakSeconds, only);
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        int value = Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return value;
    }
}
