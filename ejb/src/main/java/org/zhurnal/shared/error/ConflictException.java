package org.zhurnal.shared.error;

/** The change contradicts what is already stored (a duplicate, a stale version, a closed period). */
public class ConflictException extends BusinessException {

    public ConflictException(String field, String message) {
        super(Kind.CONFLICT, field, message);
    }
}
