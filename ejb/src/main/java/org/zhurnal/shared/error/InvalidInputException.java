package org.zhurnal.shared.error;

/** An input value breaks a rule (a checksum, a range, a format). */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String field, String message) {
        super(Kind.INVALID, field, message);
    }
}
