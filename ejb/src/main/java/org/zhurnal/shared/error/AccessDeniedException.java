package org.zhurnal.shared.error;

/** The actor may not do this to this object. Services deny by default. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super(Kind.FORBIDDEN, null, "У вас нет прав на это действие.");
    }
}
