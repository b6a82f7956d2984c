package org.zhurnal.shared.error;

/** Too many failed attempts in a short time (guessing): refused until the window passes. */
public class TooManyAttemptsException extends BusinessException {

    public TooManyAttemptsException(String message) {
        super(Kind.TOO_MANY_ATTEMPTS, null, message);
    }
}
