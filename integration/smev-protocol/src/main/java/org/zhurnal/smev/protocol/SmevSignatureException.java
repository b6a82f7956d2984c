package org.zhurnal.smev.protocol;

/** A signature that is missing, malformed or does not verify (the message is not trusted). */
public class SmevSignatureException extends RuntimeException {

    public SmevSignatureException(String message) {
        super(message);
    }

    public SmevSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
