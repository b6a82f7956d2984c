package org.zhurnal.integration.camel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Error handling every route shares: transient failures are redelivered with back-off, and what still
 * fails goes, with its original body, to the dead-letter queue where an operator can retry or discard it
 * (it carries the failed route's id and the failure, see {@link FailureHeaders}).
 */
@Dependent
public class CentralErrorHandling extends RouteConfigurationBuilder {

    public static final String DEAD_LETTER_URI = "jms:queue:{{zhurnal.integration.dead-letter-queue}}";

    @Inject
    @ConfigProperty(name = "zhurnal.integration.redeliveries")
    int redeliveries;

    @Inject
    @ConfigProperty(name = "zhurnal.integration.redelivery-delay-ms")
    long redeliveryDelayMs;

    @Override
    public void configuration() {
        routeConfiguration()
                .errorHandler(deadLetterChannel(DEAD_LETTER_URI)
                        .useOriginalMessage()
                        .maximumRedeliveries(redeliveries)
                        .redeliveryDelay(redeliveryDelayMs)
                        .useExponentialBackOff()
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logExhausted(true)
                        .logExhaustedMessageBody(false)
                        .logExhaustedMessageHistory(false)
                        .onPrepareFailure(new FailureHeaders()));
    }
}
