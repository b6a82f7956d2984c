package org.zhurnal.regiongen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.zhurnal.people.persistence.PiiCipher;

/**
 * What to generate and where: {@code --size small|medium|large --seed N --jdbc-url URL --user U
 * --password P --as-of YYYY-MM-DD --region-code 24 --history true|false --pii-key BASE64 --sample-codes N}.
 * Marks and attendance are generated for lessons up to {@code as-of} (the default is the academic year's
 * last day: a whole year); periods that ended before it are closed, with their final marks (and the year's
 * when every period is closed). {@code history} also writes the append-only change logs (one «SET» entry
 * per mark and attendance, as the application writes them). {@code pii-key} is the personal-data key of
 * the stack that will serve the data (default: {@code ZHURNAL_PII_KEY}); open invite codes are written,
 * as keyed hashes, only with it, and {@code sample-codes} of them (at most {@value #MAX_SAMPLE_CODES}) are
 * printed in clear so that someone can redeem them.
 */
public record GeneratorSettings(RegionSize size, long seed, String jdbcUrl, String user, String password,
                                LocalDate asOf, String regionCode, boolean history, String piiKey, int sampleCodes) {

    public static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);
    public static final LocalDate YEAR_END = LocalDate.of(2027, 5, 31);
    public static final int MAX_SAMPLE_CODES = 20;

    public GeneratorSettings {
        if (sampleCodes < 0 || sampleCodes > MAX_SAMPLE_CODES) {
            throw new IllegalArgumentException("--sample-codes must be 0–" + MAX_SAMPLE_CODES);
        }
        piiKey = piiKey == null || piiKey.isBlank() ? null : piiKey.strip();
        if (piiKey != null) {
            PiiCipher.fromBase64(piiKey); // a malformed key stops here, not in the middle of the region
        }
    }

    /** Without a personal-data key (no invite codes) and no sample codes. */
    public GeneratorSettings(RegionSize size, long seed, String jdbcUrl, String user, String password,
                             LocalDate asOf, String regionCode, boolean history) {
        this(size, seed, jdbcUrl, user, password, asOf, regionCode, history, null, 0);
    }

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
                Boolean.parseBoolean(options.getOrDefault("history", "true")),
                options.getOrDefault("pii-key", env("ZHURNAL_PII_KEY", null)),
                Integer.parseInt(options.getOrDefault("sample-codes", "0")));
    }

    /** The same region into another database. */
    public GeneratorSettings withDatabase(String url, String databaseUser, String databasePassword) {
        return new GeneratorSettings(size, seed, url, databaseUser, databasePassword, asOf, regionCode, history, piiKey,
                sampleCodes);
    }

    /** The same region with invite codes hashed under this personal-data key (e.g. a stack's kept pii.key). */
    public GeneratorSettings withPiiKey(String key) {
        return new GeneratorSettings(size, seed, jdbcUrl, user, password, asOf, regionCode, history, key, sampleCodes);
    }

    /** Whether invite codes are written (only with the key of the stack that is to accept them). */
    public boolean invitesWritten() {
        return piiKey != null;
    }

    /** Never prints the password nor the key. */
    @Override
    public String toString() {
        return "GeneratorSettings[size=" + size + ", seed=" + seed + ", jdbcUrl=" + jdbcUrl + ", user=" + user
                + ", asOf=" + asOf + ", regionCode=" + regionCode + ", history=" + history + ", piiKey="
                + (piiKey == null ? "none" : "given") + ", sampleCodes=" + sampleCodes + "]";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
