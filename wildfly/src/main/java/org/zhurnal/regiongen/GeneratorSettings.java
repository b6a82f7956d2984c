package org.zhurnal.regiongen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What to generate and where: {@code --size small|medium|large --seed N --jdbc-url URL --user U
 * --password P --as-of YYYY-MM-DD --region-code 24 --history true|false}. Marks and attendance are
 * generated for lessons up to {@code as-of} (the default is the academic year's last day: a whole year);
 * periods that ended before it are closed. {@code history} also writes the append-only change logs
 * (one «SET» entry per mark and attendance, as the application writes them).
 */
public record GeneratorSettings(RegionSize size, long seed, String jdbcUrl, String user, String password,
                                LocalDate asOf, String regionCode, boolean history) {

    public static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);
    public static final LocalDate YEAR_END = LocalDate.of(2027, 5, 31);

    public static GeneratorSettings parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + arg);
            }
            options.put(arg.substring(2), args[++i]);
        }
        return new GeneratorSettings(
                RegionSize.parse(options.getOrDefault("size", "small")),
                Long.parseLong(options.getOrDefault("seed", "1")),
                options.getOrDefault("jdbc-url", env("ZHURNAL_DB_URL", "jdbc:postgresql://localhost:25432/zhurnal")),
                options.getOrDefault("user", env("ZHURNAL_DB_USER", "postgres")),
                options.getOrDefault("password", env("ZHURNAL_DB_PASSWORD", "")),
                LocalDate.parse(options.getOrDefault("as-of", YEAR_END.toString())),
                options.getOrDefault("region-code", "24"),
                Boolean.parseBoolean(options.getOrDefault("history", "true")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
