package org.zhurnal.integration.smev;

/** СМЭВ is down, slow or answering errors: the poll fails and the next one asks again. */
public class SmevUnavailableException extends RuntimeException {

    public SmevUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
