package org.zhurnal.integration.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.exchange.application.ContingentImport;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.integration.registry.wire.MalformedBatchException;

/**
 * The registry's files and the import every registry message goes through. Files ({@code *.xml}, {@code *.csv})
 * are taken from the inbox directory ({@code zhurnal.registry.inbox}) and moved to {@code .done} once handed
 * over; the import applies them (see {@link RegistryBatchImporter}). Transient failures are redelivered by the
 * central error handling, then dead-lettered with the original text; an unreadable message goes there at once.
 */
@Dependent
public class RegistryImportRoute extends RouteBuilder {

    public static final String IMPORT_ROUTE_ID = "registry-import";
    private static final Logger LOG = Logger.getLogger(RegistryImportRoute.class.getName());
    public static final String FILE_ROUTE_ID = "registry-file";

    @Inject
    ExchangeJournal journal;

    @Inject
    ContingentImport contingent;

    /** Records per transaction ({@code zhurnal.registry.batch-size}). */
    @Inject
    @ConfigProperty(name = "zhurnal.registry.batch-size", defaultValue = "1000")
    int batchSize;

    /** Threads applying a batch's arrivals at once, split by student ({@code zhurnal.registry.import-threads}). */
    @Inject
    @ConfigProperty(name = "zhurnal.registry.import-threads", defaultValue = "2")
    int importThreads;

    /** The application server's default managed executor; where there is none (plain tests), one thread. */
    static final String EXECUTOR_JNDI = "java:jboss/ee/concurrency/executor/default";

    /** Where the threads come from; the server's managed executor unless set (tests). */
    Executor executor;

    @Override
    public void configure() {
        Executor executor = importThreads <= 1 ? null : this.executor != null ? this.executor : managedExecutor();
        LOG.info(() -> "registry import: batches of " + batchSize + ", arrivals on "
                + (executor == null ? 1 : importThreads) + " thread(s)");
        from("direct:" + IMPORT_ROUTE_ID).routeId(IMPORT_ROUTE_ID)
                .onException(MalformedBatchException.class).maximumRedeliveries(0).end()
                .process(new RegistryBatchImporter(journal, contingent, batchSize, executor, importThreads));

        RegistryHandOff handOff = new RegistryHandOff(getContext());
        from("file:{{zhurnal.registry.inbox}}?include=.*\\.(xml|csv|XML|CSV)&charset=UTF-8"
                + "&delay={{zhurnal.registry.inbox-poll-ms}}&move=.done/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}"
                + "&idempotent=true&idempotentKey=${file:name}-${file:size}-${file:modified}"
                + "&moveFailed=.failed/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}")
                .routeId(FILE_ROUTE_ID)
                .process(exchange -> handOff.importText(exchange.getMessage().getBody(String.class),
                        format(exchange), "FILE", exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)));
    }

    private static Executor managedExecutor() {
        try {
            return (Executor) new InitialContext().lookup(EXECUTOR_JNDI);
        } catch (NamingException | RuntimeException none) {
            return null;
        }
    }

    /** {@code csv} for a {@code *.csv} file, otherwise {@code xml}. */
    static String format(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, "", String.class);
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "xml";
    }
}
