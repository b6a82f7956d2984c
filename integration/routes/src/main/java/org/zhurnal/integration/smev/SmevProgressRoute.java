package org.zhurnal.integration.smev;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.esia.protocol.Pem;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.application.ProgressStatements;
import org.zhurnal.integration.camel.CentralErrorHandling;
import org.zhurnal.integration.camel.FailureHeaders;
import org.zhurnal.smev.protocol.SmevSigner;

/**
 * The ЕПГУ service "information on current progress" through СМЭВ 3 (issue 7, part 3), when
 * {@code zhurnal.smev.url} is configured: {@value #ROUTE_ID} polls the СМЭВ adapter on a schedule (see
 * {@link SmevPoller}). A poll that fails (СМЭВ down, slow, refusing our message) is logged and the next poll
 * asks again; unacknowledged requests come back from СМЭВ. Pausing the route stops taking requests.
 */
@Dependent
public class SmevProgressRoute extends RouteBuilder {

    public static final String ROUTE_ID = "smev-progress";
    private static final Logger LOG = Logger.getLogger(SmevProgressRoute.class.getName());

    /** How the route is set up, as {@code zhurnal.smev.*} gives it. */
    public record Settings(String url, long periodMs, long timeoutMs, int maxPerPoll, SmevSigner signer,
                           Optional<X509Certificate> smevCertificate) {
    }

    @Inject
    ExchangeJournal journal;

    @Inject
    ProgressStatements statements;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.period-ms")
    long periodMs;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.timeout-ms")
    long timeoutMs;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.max-per-poll")
    int maxPerPoll;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.key")
    Optional<String> keyPem;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.certificate")
    Optional<String> certificatePem;

    @Inject
    @ConfigProperty(name = "zhurnal.smev.smev-certificate")
    Optional<String> smevCertificatePem;

    private Settings settings;
    private volatile ProducerTemplate producer;

    /** The route built by hand (tests, or added at run time) instead of by CDI from configuration. */
    public static SmevProgressRoute with(ExchangeJournal journal, ProgressStatements statements, Clock clock,
                                         Settings settings) {
        SmevProgressRoute route = new SmevProgressRoute();
        route.journal = journal;
        route.statements = statements;
        route.clock = clock;
        route.settings = settings;
        return route;
    }

    @Override
    public void configure() {
        Settings s = settings != null ? settings : fromConfig();
        if (s == null) {
            return;
        }
        SmevPoller poller = new SmevPoller(journal, statements, new SmevClient(s.url(), Duration.ofMillis(s.timeoutMs())),
                s.signer(), s.smevCertificate(), this::deadLetter, clock, s.maxPerPoll());
        from("timer:" + ROUTE_ID + "?period=" + s.periodMs() + "&delay=" + s.periodMs())
                .routeId(ROUTE_ID)
                .onException(Exception.class).maximumRedeliveries(0).handled(true)
                    .process(exchange -> LOG.warning(() -> "СМЭВ poll failed, asked again next time: "
                            + describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))))
                .end()
                .process(exchange -> poller.pollOnce());
    }

    private Settings fromConfig() {
        if (url.filter(u -> !u.isBlank()).isEmpty()) {
            return null;
        }
        SmevSigner signer;
        if (keyPem.isPresent() && certificatePem.isPresent()) {
            signer = SmevSigner.fromPem(keyPem.get(), certificatePem.get());
        } else {
            LOG.warning("zhurnal.smev.key/certificate are not set: signing СМЭВ messages with a throw-away key "
                    + "(development only; a real СМЭВ node refuses it)");
            signer = SmevSigner.throwAway("Журнал (разработка)");
        }
        Optional<X509Certificate> smev = smevCertificatePem.map(pem -> Pem.certificates(pem).get(0));
        if (smev.isEmpty()) {
            LOG.warning("zhurnal.smev.smev-certificate is not set: СМЭВ's signature on requests is not checked");
        }
        return new Settings(url.get(), periodMs, timeoutMs, maxPerPoll, signer, smev);
    }

    /** An answer of СМЭВ that is no valid message goes to the dead-letter queue with its text (discard only). */
    private void deadLetter(String body, String failure) {
        ProducerTemplate template = producer;
        if (template == null) {
            template = getContext().createProducerTemplate();
            producer = template;
        }
        template.sendBodyAndHeaders(CentralErrorHandling.DEAD_LETTER_URI, body,
                Map.of(FailureHeaders.ROUTE_ID, ROUTE_ID, FailureHeaders.FAILURE, failure));
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getName().startsWith("org.zhurnal.") ? failure.getMessage()
                : failure.getClass().getSimpleName();
    }
}
