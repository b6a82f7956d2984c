package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.integration.camel.CamelBootstrap;
import org.zhurnal.it.support.RealEar;

/**
 * Central error handling in the running application: a failing step is redelivered as configured, then the
 * original message lands on the dead-letter queue (embedded Artemis) where an operator can retry it.
 */
@ExtendWith(ArquillianExtension.class)
class CentralErrorHandlingIT {

    private static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(CentralErrorHandlingIT.class);
    }

    @Inject
    CamelBootstrap camel;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/ZhurnalDeadLetter")
    Queue deadLetters;

    @Test
    void exhaustedMessageGoesToTheDeadLetterQueueWithItsOriginalBody() throws Exception {
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:always-fails").routeId("always-fails")
                        .setBody(constant("changed by the route"))
                        .process(exchange -> {
                            ATTEMPTS.incrementAndGet();
                            throw new IllegalStateException("the other side is down");
                        });
            }
        });

        camel.context().createProducerTemplate().sendBody("direct:always-fails", "original body");

        try (JMSContext jms = connectionFactory.createContext();
             JMSConsumer consumer = jms.createConsumer(deadLetters)) {
            assertThat(consumer.receiveBody(String.class, 30_000)).isEqualTo("original body");
        }
        assertThat(ATTEMPTS.get()).as("first try + 3 redeliveries").isEqualTo(4);
    }
}
