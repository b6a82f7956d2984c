package org.zhurnal.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Ends a session older than the absolute limit, counted from sign-in (the sign-in callback renews the
 * session): the request then goes on as nobody's, so the API answers 401 and pages offer to sign in
 * again. The idle limit is the container's session timeout.
 */
public class SessionAgeFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(SessionAgeFilter.class.getName());

    private final Clock clock;
    private final Duration absolute;

    public SessionAgeFilter(Clock clock, Duration absolute) {
        this.clock = clock;
        this.absolute = absolute;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            endIfTooOld(http.getSession(false));
        }
        chain.doFilter(request, response);
    }

    void endIfTooOld(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            long age = clock.millis() - session.getCreationTime();
            if (age >= absolute.toMillis()) {
                session.invalidate();
                LOG.fine("A session reached its absolute limit and was ended");
            }
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile: nothing to do
        }
    }
}
