package org.zhurnal.integration.myschool;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.application.FederalFeed;
import org.zhurnal.federal.application.FederalSystems;
import org.zhurnal.integration.myschool.JournalFeedJson.Summary;
import org.zhurnal.integration.myschool.MySchoolClient.Outcome;

/**
 * Sends one message of the feed and writes it in the exchange log (one entry per message, however many times it
 * is redelivered): {@code COMPLETED} when the platform took it, {@code DUPLICATE} when it had it already, and
 * {@code FAILED} with the reason while it cannot be delivered. What the platform took is audited per student.
 */
class MySchoolDelivery implements Processor {

    static final String LOG_ID = "ZhurnalMySchoolLogId";

    private final ExchangeJournal journal;
    private final FederalFeed feed;
    private final MySchoolClient client;

    MySchoolDelivery(ExchangeJournal journal, FederalFeed feed, MySchoolClient client) {
        this.journal = journal;
        this.feed = feed;
        this.client = client;
    }

    @Override
    public void process(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        Long logId = exchange.getProperty(LOG_ID, Long.class);
        Summary summary;
        try {
            summary = JournalFeedJson.summary(body);
        } catch (MySchoolRejectedException poison) {
            long id = logId != null ? logId : journal.begin(FederalSystems.MYSCHOOL, ExchangeJournal.Direction.OUT,
                    "API", null);
            journal.fail(id, ExchangeCounts.NONE, poison.getMessage());
            throw poison;
        }
        if (logId == null) {
            logId = journal.begin(FederalSystems.MYSCHOOL, ExchangeJournal.Direction.OUT, "API", summary.messageId());
            exchange.setProperty(LOG_ID, logId);
        }
        ExchangeCounts received = new ExchangeCounts(summary.items(), 0, 0, 0);
        Outcome outcome;
        try {
            outcome = client.send(body);
        } catch (MySchoolRejectedException rejected) {
            journal.fail(logId, new ExchangeCounts(summary.items(), 0, 0, summary.items()), rejected.getMessage());
            throw rejected;
        } catch (RuntimeException unavailable) {
            journal.fail(logId, received, unavailable instanceof MySchoolUnavailableException
                    ? unavailable.getMessage() : "Сбой отправки: " + unavailable.getClass().getSimpleName());
            throw unavailable;
        }
        boolean duplicate = outcome == Outcome.DUPLICATE;
        if (!duplicate) {
            feed.delivered(FederalSystems.MYSCHOOL, summary.students());
        }
        journal.finish(logId, FederalSystems.MYSCHOOL, summary.messageId(), duplicate
                ? new ExchangeCounts(summary.items(), 0, summary.items(), 0)
                : new ExchangeCounts(summary.items(), summary.items(), 0, 0), duplicate);
    }
}
