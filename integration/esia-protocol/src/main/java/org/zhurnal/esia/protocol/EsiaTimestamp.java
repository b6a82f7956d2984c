package org.zhurnal.esia.protocol;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ESIA's request {@code timestamp}: {@code yyyy.MM.dd HH:mm:ss Z}, e.g. {@code 2026.11.22 17:40:05 +0300}. */
public final class EsiaTimestamp {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z");

    private EsiaTimestamp() {
    }

    public static String format(Instant instant, ZoneOffset offset) {
        return FORMAT.format(instant.atOffset(offset));
    }

    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, FORMAT).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
