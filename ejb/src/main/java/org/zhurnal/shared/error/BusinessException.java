package org.zhurnal.shared.error;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * A rule of the business was broken. The message is Russian and written for the person using the UI;
 * the transaction is rolled back, so nothing is half-written. The web layer maps each kind to a problem.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    /** How the outside world should understand the refusal. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_MANY_ATTEMPTS }

    private final Kind kind;
    private final String field;

    protected BusinessException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, when there is one (as the API names it). */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
