package org.zhurnal.integration.myschool;

/** The platform is down, slow or failing (5xx, timeout, no connection): transient, redelivered, then retried next poll. */
public class MySchoolUnavailableException extends RuntimeException {

    public MySchoolUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
