package org.zhurnal.integration.myschool;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.application.FederalFeed;
import org.zhurnal.integration.camel.CentralErrorHandling;
import org.zhurnal.integration.camel.FailureHeaders;

/**
 * The journal feed to the federal platform «Моя школа» (issue 7, part 2), when {@code zhurnal.myschool.url} is
 * configured: {@value #POLL_ROUTE_ID} reads the journal changes since the watermark on a schedule and hands each
 * message to {@value #DELIVER_ROUTE_ID}, which sends it. A platform that is down or slow is redelivered with
 * back-off and, still failing, fails the poll (the watermark stays, the next poll sends the same messages); a
 * message the platform refuses is dead-lettered at once with its body (retry hands it back to the delivery).
 */
@Dependent
public class MySchoolFeedRoute extends RouteBuilder {

    public static final String POLL_ROUTE_ID = "myschool-feed";
    public static final String DELIVER_ROUTE_ID = "myschool-deliver";
    private static final Logger LOG = Logger.getLogger(MySchoolFeedRoute.class.getName());

    @Inject
    ExchangeJournal journal;

    @Inject
    FederalFeed feed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.period-ms")
    long periodMs;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.timeout-ms")
    long timeoutMs;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.lag-ms")
    long lagMs;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.max-window-minutes")
    long maxWindowMinutes;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.items-per-message")
    int itemsPerMessage;

    @Inject
    @ConfigProperty(name = "zhurnal.integration.redeliveries")
    int redeliveries;

    @Inject
    @ConfigProperty(name = "zhurnal.integration.redelivery-delay-ms")
    long redeliveryDelayMs;

    private volatile ProducerTemplate producer;

    /** How the feed is set up, as {@code zhurnal.myschool.*} and the central redelivery settings give it. */
    public record Settings(String url, Optional<String> token, long periodMs, long timeoutMs, long lagMs,
                           long maxWindowMinutes, int itemsPerMessage, int redeliveries, long redeliveryDelayMs) {
    }

    /** The feed built by hand (tests, or a route added at run time) instead of by CDI from configuration. */
    public static MySchoolFeedRoute with(ExchangeJournal journal, FederalFeed feed, Clock clock, Settings settings) {
        MySchoolFeedRoute route = new MySchoolFeedRoute();
        route.journal = journal;
        route.feed = feed;
        route.clock = clock;
        route.url = Optional.ofNullable(settings.url());
        route.token = settings.token();
        route.periodMs = settings.periodMs();
        route.timeoutMs = settings.timeoutMs();
        route.lagMs = settings.lagMs();
        route.maxWindowMinutes = settings.maxWindowMinutes();
        route.itemsPerMessage = settings.itemsPerMessage();
        route.redeliveries = settings.redeliveries();
        route.redeliveryDelayMs = settings.redeliveryDelayMs();
        return route;
    }

    @Override
    public void configure() {
        if (url.filter(u -> !u.isBlank()).isEmpty()) {
            return;
        }
        MySchoolClient client = new MySchoolClient(url.get(), token, Duration.ofMillis(timeoutMs));
        from("direct:" + DELIVER_ROUTE_ID).routeId(DELIVER_ROUTE_ID)
                .errorHandler(defaultErrorHandler().maximumRedeliveries(redeliveries)
                        .redeliveryDelay(redeliveryDelayMs).useExponentialBackOff().logExhaustedMessageBody(false)
                        .logExhaustedMessageHistory(false))
                .onException(MySchoolRejectedException.class).handled(true).maximumRedeliveries(0)
                    .useOriginalMessage().process(new FailureHeaders())
                    .to(ExchangePattern.InOnly, CentralErrorHandling.DEAD_LETTER_URI)
                .end()
                .process(new MySchoolDelivery(journal, feed, client));

        MySchoolPoller poller = new MySchoolPoller(journal, feed, this::deliver, clock, Duration.ofMillis(lagMs), Duration.ofMinutes(maxWindowMinutes), itemsPerMessage);
        from("timer:" + POLL_ROUTE_ID + "?period=" + periodMs + "&delay=" + periodMs)
                .routeId(POLL_ROUTE_ID)
                .onException(Exception.class).maximumRedeliveries(0).handled(true)
                    .process(exchange -> LOG.warning(() -> "«Моя школа» feed poll failed, the window is sent again "
                            + "next time: " + describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))))
                .end()
                .process(exchange -> poller.pollOnce());
    }

    /** Hands one message to the delivery route; throws when it could not be delivered (the platform is down). */
    private void deliver(String message) {
        ProducerTemplate template = producer;
        if (template == null) {
            template = getContext().createProducerTemplate();
            producer = template;
        }
        template.sendBody("direct:" + DELIVER_ROUTE_ID, message);
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CamelExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getName().startsWith("org.zhurnal.") ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }
}
