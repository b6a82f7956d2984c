package org.zhurnal.integration.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
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
    public static final String FILE_ROUTE_ID = "registry-file";

    @Inject
    ExchangeJournal journal;

    @Inject
    ContingentImport contingent;

    /** Records per transaction ({@code zhurnal.registry.batch-size}). */
    @Inject
    @ConfigProperty(name = "zhurnal.registry.batch-size", defaultValue = "500")
    int batchSize;

    @Override
    public void configure() {
        from("direct:" + IMPORT_ROUTE_ID).routeId(IMPORT_ROUTE_ID)
                .onException(MalformedBatchException.class).maximumRedeliveries(0).end()
                .process(new RegistryBatchImporter(journal, contingent, batchSize));

        RegistryHandOff handOff = new RegistryHandOff(getContext());
        from("file:{{zhurnal.registry.inbox}}?include=.*\\.(xml|csv|XML|CSV)&charset=UTF-8"
                + "&delay={{zhurnal.registry.inbox-poll-ms}}&move=.done/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}"
                + "&idempotent=true&idempotentKey=${file:name}-${file:size}-${file:modified}"
                + "&moveFailed=.failed/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}")
                .routeId(FILE_ROUTE_ID)
                .process(exchange -> handOff.importText(exchange.getMessage().getBody(String.class),
                        format(exchange), "FILE", exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)));
    }

    /** {@code csv} for a {@code *.csv} file, otherwise {@code xml}. */
    static String format(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, "", String.class);
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "xml";
    }
}
