package org.zhurnal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a signed-in session lasts: it ends after {@code ZHURNAL_SESSION_IDLE_MINUTES} without a request
 * (30) and, however active, {@code ZHURNAL_SESSION_MAX_HOURS} after sign-in (12) — as Keycloak's own
 * SSO session, so neither outlives the other.
 */
@ApplicationScoped
public class SessionLimits {

    @Inject
    @ConfigProperty(name = "zhurnal.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "zhurnal.session.max-hours", defaultValue = "12")
    int maxHours;

    public Duration idle() {
        return Duration.ofMinutes(Math.max(1, idleMinutes));
    }

    public Duration absolute() {
        return Duration.ofHours(Math.max(1, maxHours));
    }
}
