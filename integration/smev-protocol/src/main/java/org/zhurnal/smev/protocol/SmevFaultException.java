package org.zhurnal.smev.protocol;

/** СМЭВ answered with a SOAP fault (e.g. a signature it could not verify, an unknown message). */
public class SmevFaultException extends RuntimeException {

    public SmevFaultException(String message) {
        super(message);
    }
}
