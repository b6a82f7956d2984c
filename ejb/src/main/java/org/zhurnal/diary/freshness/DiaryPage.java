package org.zhurnal.diary.freshness;

import java.util.function.Function;

/**
 * A diary page as read from the database, with its wire form made once: a page served again from the cache
 * is sent as the bytes rendered the first time, not serialised anew. Rendering the same page twice at once
 * is harmless (both give the same bytes); the first stored wins.
 */
public final class DiaryPage<T> {

    private final T value;
    private volatile byte[] rendered;

    public DiaryPage(T value) {
        this.value = value;
    }

    public T value() {
        return value;
    }

    /** The page rendered by {@code render}, rendered at most once per cached page. */
    public byte[] rendered(Function<? super T, byte[]> render) {
        byte[] bytes = rendered;
        if (bytes == null) {
            bytes = render.apply(value);
            rendered = bytes;
        }
        return bytes;
    }
}
