package org.zhurnal.smev.protocol;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** СМЭВ 3 message ids: time-based UUIDs (version 1), as the message exchange requires, with a random node. */
public final class SmevMessageIds {

    /** 100-ns intervals between 1582-10-15 (the UUID epoch) and 1970-01-01. */
    private static final long UUID_EPOCH_OFFSET = 0x01B21DD213814000L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long NODE = (RANDOM.nextLong() & 0xFFFFFFFFFFFFL) | 0x010000000000L;
    private static final long CLOCK_SEQUENCE = RANDOM.nextInt(0x4000);
    private static final AtomicLong LAST = new AtomicLong();

    private SmevMessageIds() {
    }

    public static String next() {
        long now = System.currentTimeMillis() * 10_000 + UUID_EPOCH_OFFSET;
        long time = LAST.updateAndGet(last -> Math.max(last + 1, now));
        long high = ((time & 0xFFFFFFFFL) << 32) | (((time >>> 32) & 0xFFFFL) << 16) | 0x1000L | ((time >>> 48) & 0x0FFFL);
        long low = (0x8000L | CLOCK_SEQUENCE) << 48 | NODE;
        return new UUID(high, low).toString();
    }
}
