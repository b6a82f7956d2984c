package org.zhurnal.diary.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this node knows of committed changes to diaries, as a logical clock: every change announced (by
 * {@link DiaryChangeListener}) ticks the clock and marks the classes or students it concerns with the new
 * time. Something read from the database after the clock showed {@code t} is current as long as nothing it
 * depends on was marked later than {@code t}. While the node is not listening, nothing counts as current.
 */
@ApplicationScoped
public class DiaryFreshness {

    private final AtomicLong clock = new AtomicLong();
    private final Map<Long, Long> classes = new ConcurrentHashMap<>();
    private final Map<Long, Long> students = new ConcurrentHashMap<>();
    private volatile long everything;
    private volatile boolean listening;

    /** The time to stamp on what is about to be read from the database; take it before reading. */
    public long now() {
        return clock.get();
    }

    /** Whether data about this student and these classes, read at {@code readAt}, is still current. */
    public boolean current(long readAt, long studentPersonId, long[] classIds) {
        if (!listening || everything > readAt || students.getOrDefault(studentPersonId, 0L) > readAt) {
            return false;
        }
        for (long classId : classIds) {
            if (classes.getOrDefault(classId, 0L) > readAt) {
                return false;
            }
        }
        return true;
    }

    public boolean listening() {
        return listening;
    }

    /** Applies one announcement: {@code c:1,2}, {@code s:3,4} or {@code *} (see V32). Unknown forms change everything. */
    public void announced(String payload) {
        long at = clock.incrementAndGet();
        if (payload != null && payload.length() > 2 && payload.charAt(1) == ':'
                && (payload.charAt(0) == 'c' || payload.charAt(0) == 's')) {
            Map<Long, Long> target = payload.charAt(0) == 'c' ? classes : students;
            try {
                for (String id : payload.substring(2).split(",")) {
                    target.put(Long.parseLong(id.trim()), at);
                }
                return;
            } catch (NumberFormatException e) {
                // falls through: treat as a change to everything
            }
        }
        everything = at;
    }

    /** Listening started (everything may have changed before) or stopped (nothing can be trusted). */
    public void listening(boolean on) {
        everything = clock.incrementAndGet();
        listening = on;
        if (on) {
            classes.clear();
            students.clear();
        }
    }
}
