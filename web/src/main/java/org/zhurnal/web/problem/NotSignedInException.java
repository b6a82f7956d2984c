package org.zhurnal.web.problem;

/** The request needs a signed-in, confirmed account and has none. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("not signed in");
    }
}
