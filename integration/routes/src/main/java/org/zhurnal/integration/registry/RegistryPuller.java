package org.zhurnal.integration.registry;

import java.util.Optional;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.exchange.application.ExchangeSystems;
import org.zhurnal.integration.registry.RegistryPullClient.Page;

/**
 * One poll of the registry: pages of changes since the stored cursor, each imported as its own message, the
 * cursor moved only past a page that was handed over (imported, or dead-lettered with its text). A garbled
 * answer without a next cursor is dead-lettered and the cursor stays, so nothing the registry holds is skipped.
 */
public class RegistryPuller {

    static final String START = "0";

    private final ExchangeJournal journal;
    private final RegistryPullClient client;
    private final RegistryHandOff handOff;
    private final int maxPages;

    public RegistryPuller(ExchangeJournal journal, RegistryPullClient client, RegistryHandOff handOff, int maxPages) {
        this.journal = journal;
        this.client = client;
        this.handOff = handOff;
        this.maxPages = maxPages;
    }

    public void pollOnce() {
        for (int page = 0; page < maxPages; page++) {
            String since = journal.cursor(ExchangeSystems.REGISTRY).orElse(START);
            Page answer = client.fetch(since);
            Optional<String> next = answer.nextCursor();
            if (next.filter(since::equals).isPresent()) {
                return;
            }
            handOff.importText(answer.body(), "xml", "REST", "since=" + since);
            if (next.isEmpty()) {
                return;
            }
            journal.moveCursor(ExchangeSystems.REGISTRY, next.get());
        }
    }

    /** Logs a poll that failed (the registry is down or slow) as a failed exchange, if the database lets it. */
    public void noteFailure(Exception failure) {
        long id = journal.begin(ExchangeSystems.REGISTRY, ExchangeJournal.Direction.IN, "REST",
                "since=" + journal.cursor(ExchangeSystems.REGISTRY).orElse(START));
        String reason = failure instanceof RegistryUnavailableException ? failure.getMessage()
                : "Сбой опроса реестра: " + failure.getClass().getSimpleName();
        journal.fail(id, org.zhurnal.exchange.application.ExchangeCounts.NONE, reason);
    }
}
