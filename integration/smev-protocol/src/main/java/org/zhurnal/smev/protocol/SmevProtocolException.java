package org.zhurnal.smev.protocol;

/** A СМЭВ message that breaks the protocol (not XML, a required element missing): a poison message. */
public class SmevProtocolException extends RuntimeException {

    public SmevProtocolException(String message) {
        super(message);
    }
}
