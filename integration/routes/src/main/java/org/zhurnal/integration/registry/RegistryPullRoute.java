package org.zhurnal.integration.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.exchange.application.ExchangeJournal;

/**
 * Polls the registry's REST API on a schedule ({@code zhurnal.registry.pull-period-ms}) when
 * {@code zhurnal.registry.pull-url} is configured. A poll that fails is logged and the next one tries again
 * from the same cursor; nothing is dead-lettered for a tick without a message.
 */
@Dependent
public class RegistryPullRoute extends RouteBuilder {

    public static final String ROUTE_ID = "registry-pull";
    private static final Logger LOG = Logger.getLogger(RegistryPullRoute.class.getName());

    @Inject
    ExchangeJournal journal;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.pull-url")
    Optional<String> pullUrl;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.pull-timeout-ms")
    long timeoutMs;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.pull-page-size")
    int pageSize;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.pull-max-pages")
    int maxPages;

    @Override
    public void configure() {
        if (pullUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return;
        }
        RegistryPuller puller = new RegistryPuller(journal,
                new RegistryPullClient(pullUrl.get(), Duration.ofMillis(timeoutMs), pageSize),
                new RegistryHandOff(getContext()), maxPages);
        from("timer:" + ROUTE_ID + "?period={{zhurnal.registry.pull-period-ms}}&delay={{zhurnal.registry.pull-period-ms}}")
                .routeId(ROUTE_ID)
                .onException(Exception.class).handled(true)
                    .process(exchange -> note(puller, exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)))
                .end()
                .process(exchange -> puller.pollOnce());
    }

    private static void note(RegistryPuller puller, Exception failure) {
        try {
            puller.noteFailure(failure);
        } catch (RuntimeException databaseDown) {
            LOG.log(Level.WARNING, "registry poll failed and could not be logged: {0}", failure.getClass().getName());
        }
    }
}
