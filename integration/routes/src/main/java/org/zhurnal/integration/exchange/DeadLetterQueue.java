package org.zhurnal.integration.exchange;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.exchange.application.ExchangeRouteControl.DeadLetter;
import org.zhurnal.integration.camel.FailureHeaders;

/**
 * The dead-letter queue (embedded Artemis) as operators see it: browsed without taking anything, and one message
 * taken off only when the operator's transaction commits (acknowledged then; left in the queue on a rollback).
 */
@ApplicationScoped
public class DeadLetterQueue {

    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9:._-]{1,150}");

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "zhurnal.integration.dead-letter-queue")
    String queueName;

    public List<DeadLetter> browse(int limit) {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(queue(jms))) {
            List<DeadLetter> letters = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < limit) {
                letters.add(letter((Message) messages.nextElement()));
            }
            return letters;
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    public Optional<DeadLetter> take(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            return Optional.empty();
        }
        JMSContext jms = connectionFactory.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
        try {
            JMSConsumer consumer = jms.createConsumer(queue(jms), "JMSMessageID = '" + messageId + "'");
            Message message = consumer.receive(2_000);
            if (message == null) {
                jms.close();
                return Optional.empty();
            }
            DeadLetter letter = letter(message);
            transactions.registerInterposedSynchronization(new AcknowledgeOnCommit(jms, message));
            return Optional.of(letter);
        } catch (JMSException | RuntimeException e) {
            jms.close();
            throw e instanceof RuntimeException runtime ? runtime : new JMSRuntimeException(e.getMessage());
        }
    }

    private Queue queue(JMSContext jms) {
        return jms.createQueue(queueName);
    }

    private static DeadLetter letter(Message message) throws JMSException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String key = name.toString();
            if (key.startsWith("Registry") || key.startsWith("Zhurnal")) {
                headers.put(key, String.valueOf(message.getObjectProperty(key)));
            }
        }
        String body = message instanceof TextMessage text ? text.getText() : message.getBody(String.class);
        return new DeadLetter(message.getJMSMessageID(), headers.get(FailureHeaders.ROUTE_ID), headers, body,
                headers.get(FailureHeaders.FAILURE), Instant.ofEpochMilli(message.getJMSTimestamp()));
    }

    /** Acknowledges the taken message when the transaction commits; closing without it puts the message back. */
    private record AcknowledgeOnCommit(JMSContext jms, Message message) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            try {
                if (status == Status.STATUS_COMMITTED) {
                    message.acknowledge();
                }
            } catch (JMSException e) {
                throw new JMSRuntimeException(e.getMessage());
            } finally {
                jms.close();
            }
        }
    }
}
