package org.zhurnal.shared.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a unique-constraint violation (SQLSTATE 23505) in a persistence exception and names the
 * constraint, so that a race the service's own check could not see still becomes a clear conflict.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private UniqueViolation() {
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
