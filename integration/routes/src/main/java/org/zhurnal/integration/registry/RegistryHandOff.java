package org.zhurnal.integration.registry;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Hands a message's text to the import route as a new Camel exchange, so that the import's "original message"
 * (what the dead-letter queue keeps) is the file's or the page's text, not the file handle or the timer tick.
 */
public class RegistryHandOff {

    public static final String IMPORT_URI = "direct:" + RegistryImportRoute.IMPORT_ROUTE_ID;

    private final ProducerTemplate template;

    public RegistryHandOff(CamelContext context) {
        this.template = context.createProducerTemplate();
    }

    /** Imports the text; returns the import's outcome header, or throws what the dead-letter channel could not take. */
    public String importText(String text, String format, String channel, String source) {
        Exchange done = template.send(IMPORT_URI, exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeader(RegistryHeaders.FORMAT, format);
            exchange.getMessage().setHeader(RegistryHeaders.CHANNEL, channel);
            exchange.getMessage().setHeader(RegistryHeaders.SOURCE, source);
        });
        if (done.getException() != null) {
            throw new IllegalStateException("the registry message could not be imported nor dead-lettered",
                    done.getException());
        }
        return done.getMessage().getHeader(RegistryHeaders.STATUS, "FAILED", String.class);
    }
}
