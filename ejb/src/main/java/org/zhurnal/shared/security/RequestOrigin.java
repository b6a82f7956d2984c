package org.zhurnal.shared.security;

import java.util.Optional;

/**
 * Where the request being served came from: its network address, as the server saw it (after trusted proxies).
 * The web layer sets it around each request on the serving thread ({@link #during}); the audit log and the
 * invite-code limiter read it. Outside requests (timers, routes) there is none.
 */
public final class RequestOrigin {

    /** Longer addresses are cut (an IPv6 address with a zone fits). */
    public static final int MAX_LENGTH = 64;

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(ADDRESS.get());
    }

    /**
     * Makes {@code address} the origin of what the current thread does until the returned scope is closed; closing
     * restores what was there before. Use it in try-with-resources around serving a request.
     */
    public static Scope enter(String address) {
        String previous = ADDRESS.get();
        ADDRESS.set(address == null || address.isBlank() ? null
                : address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address);
        return () -> {
            if (previous == null) {
                ADDRESS.remove();
            } else {
                ADDRESS.set(previous);
            }
        };
    }

    /** The time an origin is in force. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
