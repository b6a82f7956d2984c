package org.zhurnal.integration.registry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.zhurnal.exchange.application.ContingentImport;
import org.zhurnal.exchange.application.ContingentChange.EnrolStudent;
import org.zhurnal.exchange.application.ContingentImport.Item;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.exchange.application.ExchangeJournal.Direction;
import org.zhurnal.exchange.application.ExchangeJournal.Status;
import org.zhurnal.exchange.application.ExchangeSystems;
import org.zhurnal.integration.registry.wire.MalformedBatchException;
import org.zhurnal.integration.registry.wire.RegistryBatch;
import org.zhurnal.integration.registry.wire.RegistryCsv;
import org.zhurnal.integration.registry.wire.RegistryRecord;
import org.zhurnal.integration.registry.wire.RegistryXml;
import org.zhurnal.shared.error.BusinessException;

/**
 * Imports one registry message: logs the exchange, skips a message seen before, and applies its records in
 * batches ({@code zhurnal.registry.batch-size}, one transaction each). A batch refused because of one record
 * is narrowed down by halves until the refused record stands alone: it goes to the error report with its
 * reason, every other record lands. A transient failure (the database is down) propagates for redelivery,
 * which resumes at the failed batch: the progress lives on the Camel exchange.
 *
 * <p>With an executor and more than one thread, a batch's consecutive arrivals are split by student (SNILS) into
 * one part per thread and the parts applied at the same time, each in its own transaction: two threads never
 * touch the same student, and a student's records keep their order. Other records (leaving, transfers, new
 * classes) are applied alone, in their place between the arrivals, as before.
 */
public class RegistryBatchImporter implements Processor {

    static final String PROGRESS = "ZhurnalRegistryProgress";
    public static final int DEFAULT_BATCH_SIZE = 1000;
    private static final String SYSTEM = ExchangeSystems.REGISTRY;

    /** Where the import of one message is, across redeliveries. */
    static final class Progress {
        final long exchangeId;
        /** The first record of the batch being applied. */
        int next;
        /** Records at or after {@code next} already applied, counted or refused (by a narrowed-down batch). */
        final BitSet settled = new BitSet();
        int applied;
        int duplicates;
        int rejected;

        Progress(long exchangeId) {
            this.exchangeId = exchangeId;
        }

        ExchangeCounts counts(int received) {
            return new ExchangeCounts(received, applied, duplicates, rejected);
        }
    }

    /** A mapped record and its place in the message. */
    private record Mapped(int index, Item item) {
    }

    private final ExchangeJournal journal;
    private final ContingentImport contingent;
    private final int batchSize;
    private final Executor executor;
    private final int threads;
    private final RegistryRecordMapper mapper = new RegistryRecordMapper();

    public RegistryBatchImporter(ExchangeJournal journal, ContingentImport contingent, int batchSize) {
        this(journal, contingent, batchSize, null, 1);
    }

    /** Applies arrivals on up to {@code threads} threads of {@code executor} (none: one at a time, here). */
    public RegistryBatchImporter(ExchangeJournal journal, ContingentImport contingent, int batchSize,
                                 Executor executor, int threads) {
        this.journal = journal;
        this.contingent = contingent;
        this.batchSize = batchSize > 0 ? batchSize : DEFAULT_BATCH_SIZE;
        this.executor = executor;
        this.threads = executor == null ? 1 : Math.max(1, threads);
    }

    @Override
    public void process(Exchange exchange) {
        Progress progress = exchange.getProperty(PROGRESS, Progress.class);
        if (progress == null) {
            progress = new Progress(journal.begin(SYSTEM, Direction.IN,
                    exchange.getMessage().getHeader(RegistryHeaders.CHANNEL, "FILE", String.class),
                    exchange.getMessage().getHeader(RegistryHeaders.SOURCE, String.class)));
            exchange.setProperty(PROGRESS, progress);
        }
        RegistryBatch batch = read(exchange, progress);
        List<RegistryRecord> records = batch.records();
        if (progress.next == 0 && progress.settled.isEmpty() && journal.messageProcessed(SYSTEM, batch.messageId())) {
            progress.duplicates = records.size();
            finish(exchange, progress, batch, records.size(), true);
            return;
        }
        try {
            while (progress.next < records.size()) {
                int end = Math.min(records.size(), progress.next + batchSize);
                applyInParts(progress, records, mapAll(progress, records, end));
                progress.next = end;
            }
        } catch (RuntimeException transientFailure) {
            noteFailure(progress, records.size(), transientFailure);
            throw transientFailure;
        }
        finish(exchange, progress, batch, records.size(), false);
    }

    private RegistryBatch read(Exchange exchange, Progress progress) {
        String body = exchange.getMessage().getBody(String.class);
        String format = exchange.getMessage().getHeader(RegistryHeaders.FORMAT, "xml", String.class);
        try {
            if (body == null || body.isBlank()) {
                throw new MalformedBatchException("Сообщение пустое");
            }
            return "csv".equalsIgnoreCase(format) ? RegistryCsv.read(body) : RegistryXml.read(body);
        } catch (MalformedBatchException e) {
            journal.fail(progress.exchangeId, ExchangeCounts.NONE, e.getMessage());
            throw e;
        }
    }

    /** The batch's records not settled yet through the anti-corruption mapper; refused ones are reported at once. */
    private List<Mapped> mapAll(Progress progress, List<RegistryRecord> records, int end) {
        List<Mapped> mapped = new ArrayList<>(end - progress.next);
        for (int index = progress.next; index < end; index++) {
            if (progress.settled.get(index)) {
                continue;
            }
            RegistryRecord record = records.get(index);
            try {
                mapped.add(new Mapped(index, new Item(mapper.recordId(record), mapper.map(record))));
            } catch (RecordRejectedException | BusinessException refused) {
                reject(progress, index, record, refused.getMessage());
            }
        }
        return mapped;
    }

    /**
     * Applies a batch: runs of arrivals split by student over the threads, every other record on its own in
     * between. Waits for every part; a transient failure of any part is thrown once all have ended (what the
     * others applied is settled, a redelivery skips it).
     */
    private void applyInParts(Progress progress, List<RegistryRecord> records, List<Mapped> batch) {
        if (threads == 1) {
            applyNarrowing(progress, records, batch);
            return;
        }
        int from = 0;
        while (from < batch.size()) {
            int to = from;
            boolean arrivals = batch.get(from).item().change() instanceof EnrolStudent;
            while (to < batch.size() && (batch.get(to).item().change() instanceof EnrolStudent) == arrivals) {
                to++;
            }
            if (arrivals) {
                applyConcurrently(progress, records, byStudent(batch.subList(from, to)));
            } else {
                applyNarrowing(progress, records, batch.subList(from, to));
            }
            from = to;
        }
    }

    /** The arrivals in one part per thread, all of a student's (same SNILS) in one part, in order. */
    private List<List<Mapped>> byStudent(List<Mapped> arrivals) {
        List<List<Mapped>> parts = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            parts.add(new ArrayList<>());
        }
        for (Mapped arrival : arrivals) {
            String snils = ((EnrolStudent) arrival.item().change()).person().snils();
            String key = snils == null || snils.isBlank() ? Integer.toString(arrival.index()) : digitsOf(snils);
            parts.get(Math.floorMod(key.hashCode(), threads)).add(arrival);
        }
        return parts;
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(11);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    private void applyConcurrently(Progress progress, List<RegistryRecord> records, List<List<Mapped>> parts) {
        List<CompletableFuture<Void>> running = new ArrayList<>(parts.size());
        for (List<Mapped> part : parts) {
            if (!part.isEmpty()) {
                running.add(CompletableFuture.runAsync(() -> applyNarrowing(progress, records, part), executor));
            }
        }
        RuntimeException failure = null;
        for (CompletableFuture<Void> part : running) {
            try {
                part.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Applies the records in one transaction; when one is refused, each half on its own, down to that one. */
    private void applyNarrowing(Progress progress, List<RegistryRecord> records, List<Mapped> part) {
        if (part.isEmpty()) {
            return;
        }
        List<ContingentImport.Outcome> outcomes;
        try {
            outcomes = contingent.applyAll(SYSTEM, progress.exchangeId, part.stream().map(Mapped::item).toList());
        } catch (BusinessException refused) {
            if (part.size() == 1) {
                reject(progress, part.get(0).index(), records.get(part.get(0).index()), refused.getMessage());
                return;
            }
            int half = part.size() / 2;
            applyNarrowing(progress, records, part.subList(0, half));
            applyNarrowing(progress, records, part.subList(half, part.size()));
            return;
        }
        synchronized (progress) {
            for (int i = 0; i < part.size(); i++) {
                if (outcomes.get(i) == ContingentImport.Outcome.APPLIED) {
                    progress.applied++;
                } else {
                    progress.duplicates++;
                }
                progress.settled.set(part.get(i).index());
            }
        }
    }

    private void reject(Progress progress, int index, RegistryRecord record, String reason) {
        journal.rejectRecord(progress.exchangeId, record.recordId(), record.kind(), reason);
        synchronized (progress) {
            progress.rejected++;
            progress.settled.set(index);
        }
    }

    private void finish(Exchange exchange, Progress progress, RegistryBatch batch, int received, boolean duplicate) {
        Status status = journal.finish(progress.exchangeId, SYSTEM, batch.messageId(), progress.counts(received),
                duplicate);
        exchange.getMessage().setHeader(RegistryHeaders.STATUS, status.name());
    }

    /** Best effort: when the database itself is down, the log cannot be written either. */
    private void noteFailure(Progress progress, int received, RuntimeException failure) {
        try {
            journal.fail(progress.exchangeId, progress.counts(received),
                    "Временный сбой при применении записей с " + (progress.next + 1) + ", повтор: "
                            + failure.getClass().getSimpleName());
        } catch (RuntimeException alsoDown) {
            failure.addSuppressed(alsoDown);
        }
    }
}
