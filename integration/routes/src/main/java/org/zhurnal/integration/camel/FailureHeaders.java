package org.zhurnal.integration.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Marks a message bound for the dead-letter queue with the route it failed in (so an operator can hand it back)
 * and the failure. Only our own exceptions' messages are kept (they are written for operators and hold no
 * personal data); of any other exception only its type.
 */
public class FailureHeaders implements Processor {

    public static final String ROUTE_ID = "ZhurnalFailedRouteId";
    public static final String FAILURE = "ZhurnalFailure";

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setHeader(ROUTE_ID, exchange.getFromRouteId());
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure != null) {
            exchange.getMessage().setHeader(FAILURE, describe(failure));
        }
    }

    static String describe(Exception failure) {
        String type = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        if (!failure.getClass().getName().startsWith("org.zhurnal.") || message == null) {
            return type;
        }
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
