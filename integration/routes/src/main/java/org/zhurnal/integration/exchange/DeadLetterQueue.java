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
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
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
 * taken off by its id. Outside the caller's transaction: the plain (non-XA) connection factory cannot join it.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class DeadLetterQueue {

    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9:._-]{1,150}");

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    @ConfigProperty(name = "zhurnal.integration.dead-letter-queue")
    String queueName;

    public List<DeadLetter> browse(int limit) {
        return browse(null, limit);
    }

    public Optional<DeadLetter> peek(String messageId) {
        return valid(messageId) ? browse(selector(messageId), 1).stream().findFirst() : Optional.empty();
    }

    public boolean remove(String messageId) {
        if (!valid(messageId)) {
            return false;
        }
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(jms.createQueue(queueName), selector(messageId))) {
            return consumer.receive(2_000) != null;
        }
    }

    private List<DeadLetter> browse(String selector, int limit) {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(jms.createQueue(queueName), selector)) {
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

    private static boolean valid(String messageId) {
        return messageId != null && MESSAGE_ID.matcher(messageId).matches();
    }

    private static String selector(String messageId) {
        return "JMSMessageID = '" + messageId + "'";
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
}
