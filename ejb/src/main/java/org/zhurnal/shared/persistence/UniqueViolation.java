package org.zhurnal.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.shared.error.ConflictException;

/**
 * Recognises a unique-constraint violation (SQLSTATE 23505) in a persistence exception and names the
 * constraint, so that a race the service's own check could not see still becomes a clear conflict.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private UniqueViolation() {
    }

    /** What a violated unique constraint means to the person: the field at fault (or none) and the message. */
    public record Conflict(String field, String message) {
    }

    /**
     * Runs {@code change} and flushes it; a unique violation of one of the named constraints becomes that
     * constraint's {@link ConflictException}, anything else is rethrown as it was.
     */
    public static void flush(EntityManager em, Runnable change, Map<String, Conflict> conflicts) {
        try {
            change.run();
            em.flush();
        } catch (PersistenceException e) {
            Conflict conflict = constraintOf(e).map(conflicts::get).orElseThrow(() -> e);
            throw new ConflictException(conflict.field(), conflict.message());
        }
    }

    /** The violated constraint's name, when {@code failure} was caused by a unique violation. */
    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                Matcher name = QUOTED.matcher(String.valueOf(sql.getMessage()));
                return Optional.of(name.find() ? name.group(1) : "");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
