package org.zhurnal.operations.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Records that an integration route ran end to end on a node, and answers when it last did.
 * One call is one transaction; a route step calls it and nothing else.
 */
@Stateless
public class RouteHeartbeats {

    @PersistenceContext(unitName = "zhurnal")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void beat(String routeId, String node) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("""
                INSERT INTO route_heartbeat (route_id, node, last_beat_at, beats) VALUES (?1, ?2, ?3, 1)
                ON CONFLICT (route_id, node) DO UPDATE
                SET last_beat_at = EXCLUDED.last_beat_at, beats = route_heartbeat.beats + 1""")
                .setParameter(1, routeId)
                .setParameter(2, node)
                .setParameter(3, now)
                .executeUpdate();
    }

    /** When the route last beat on any node, if ever. */
    public Optional<Instant> lastBeat(String routeId) {
        Object last = em.createNativeQuery("SELECT max(last_beat_at) FROM route_heartbeat WHERE route_id = ?1")
                .setParameter(1, routeId)
                .getSingleResult();
        return Optional.ofNullable(last).map(RouteHeartbeats::toInstant);
    }

    /** Whether the route beat within {@code maxAge} of now. */
    public boolean isFresh(String routeId, Duration maxAge) {
        return lastBeat(routeId).filter(at -> at.isAfter(clock.instant().minus(maxAge))).isPresent();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
