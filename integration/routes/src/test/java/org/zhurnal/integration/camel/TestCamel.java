package org.zhurnal.integration.camel;

import java.util.Properties;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Camel context for fast route tests, configured as the application's: the central error handling with
 * quick redeliveries, and {@code jms:} played by mock endpoints so the dead-letter queue can be inspected.
 */
public final class TestCamel {

    public static final String DEAD_LETTER_QUEUE = "DLQ";

    private TestCamel() {
    }

    public static DefaultCamelContext context(Properties extra) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("zhurnal.integration.dead-letter-queue", DEAD_LETTER_QUEUE);
        properties.putAll(extra);
        context.getPropertiesComponent().setInitialProperties(properties);
        context.addComponent("jms", new MockComponent());
        CentralErrorHandling errorHandling = new CentralErrorHandling();
        errorHandling.redeliveries = 3;
        errorHandling.redeliveryDelayMs = 5;
        context.addRoutes(errorHandling);
        return context;
    }

    public static MockEndpoint deadLetters(DefaultCamelContext context) {
        return context.getEndpoint("jms:queue:" + DEAD_LETTER_QUEUE, MockEndpoint.class);
    }
}
