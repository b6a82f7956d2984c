package org.zhurnal.shared.error;

/** The object does not exist, or the actor may not know that it does. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String message) {
        super(Kind.NOT_FOUND, null, message);
    }
}
