package org.zhurnal.integration.myschool;

/**
 * The platform refused the message (4xx with an {@code OperationOutcome}), or the message is unreadable: a poison
 * message, dead-lettered at once with its body. The message is written for operators: no personal data.
 */
public class MySchoolRejectedException extends RuntimeException {

    public MySchoolRejectedException(String message) {
        super(message);
    }
}
