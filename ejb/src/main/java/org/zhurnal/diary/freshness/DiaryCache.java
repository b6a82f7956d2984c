package org.zhurnal.diary.freshness;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diary pages and diary access as read from the database, kept while {@link DiaryFreshness} says nothing
 * they depend on has changed since (the student, the student's classes) and for at most
 * {@code zhurnal.diary.cache.ttl-seconds}. Holds at most {@code zhurnal.diary.cache.max-entries} entries,
 * dropping the least used. A page is computed afresh whenever this cannot vouch for the cached one.
 */
@ApplicationScoped
public class DiaryCache {

    @Inject
    DiaryFreshness freshness;

    @Inject
    @ConfigProperty(name = "zhurnal.diary.cache.max-entries", defaultValue = "50000")
    long maxEntries;

    @Inject
    @ConfigProperty(name = "zhurnal.diary.cache.ttl-seconds", defaultValue = "600")
    long ttlSeconds;

    private Cache<Object, Entry> entries;

    @PostConstruct
    void create() {
        entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(Duration.ofSeconds(ttlSeconds))
                .build();
    }

    /**
     * The value under {@code key}, computed by {@code read} unless a current one is cached. The value is
     * about the student {@code studentPersonId}; {@code classesOf} names the classes it depends on.
     */
    public <T> DiaryPage<T> get(Object key, long studentPersonId, Supplier<T> read, ClassesOf<T> classesOf) {
        Entry cached = entries.getIfPresent(key);
        if (cached != null && freshness.current(cached.readAt(), studentPersonId, cached.classIds())) {
            @SuppressWarnings("unchecked")
            DiaryPage<T> page = (DiaryPage<T>) cached.page();
            return page;
        }
        long readAt = freshness.now();
        DiaryPage<T> page = new DiaryPage<>(read.get());
        if (freshness.listening()) {
            entries.put(key, new Entry(page, readAt, classesOf.classIds(page.value())));
        }
        return page;
    }

    /** The classes a cached value depends on. */
    @FunctionalInterface
    public interface ClassesOf<T> {
        long[] classIds(T value);
    }

    private record Entry(DiaryPage<?> page, long readAt, long[] classIds) {
    }
}
