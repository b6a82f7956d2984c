package org.zhurnal.integration.registry;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.zhurnal.exchange.application.ContingentImport;
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
 * Imports one registry message: logs the exchange, skips a message seen before, and applies its records one
 * transaction each, refusing bad ones into the error report. A transient failure (the database is down)
 * propagates for redelivery, which resumes at the failed record: the progress lives on the Camel exchange.
 */
public class RegistryBatchImporter implements Processor {

    static final String PROGRESS = "ZhurnalRegistryProgress";
    private static final String SYSTEM = ExchangeSystems.REGISTRY;

    /** Where the import of one message is, across redeliveries. */
    static final class Progress {
        final long exchangeId;
        int next;
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

    private final ExchangeJournal journal;
    private final ContingentImport contingent;
    private final RegistryRecordMapper mapper = new RegistryRecordMapper();

    public RegistryBatchImporter(ExchangeJournal journal, ContingentImport contingent) {
        this.journal = journal;
        this.contingent = contingent;
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
        if (progress.next == 0 && journal.messageProcessed(SYSTEM, batch.messageId())) {
            progress.duplicates = records.size();
            finish(exchange, progress, batch, records.size(), true);
            return;
        }
        try {
            for (; progress.next < records.size(); progress.next++) {
                importOne(progress, records.get(progress.next));
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

    private void importOne(Progress progress, RegistryRecord record) {
        try {
            String recordId = mapper.recordId(record);
            ContingentImport.Outcome outcome = contingent.apply(SYSTEM, progress.exchangeId, recordId,
                    mapper.map(record));
            if (outcome == ContingentImport.Outcome.APPLIED) {
                progress.applied++;
            } else {
                progress.duplicates++;
            }
        } catch (RecordRejectedException | BusinessException refused) {
            journal.rejectRecord(progress.exchangeId, record.recordId(), record.kind(), refused.getMessage());
            progress.rejected++;
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
                    "Временный сбой при применении записи " + (progress.next + 1) + ", повтор: "
                            + failure.getClass().getSimpleName());
        } catch (RuntimeException alsoDown) {
            failure.addSuppressed(alsoDown);
        }
    }
}
