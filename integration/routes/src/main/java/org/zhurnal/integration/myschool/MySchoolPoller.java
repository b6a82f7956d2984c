package org.zhurnal.integration.myschool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.application.FederalFeed;
import org.zhurnal.federal.application.FederalSystems;
import org.zhurnal.federal.application.JournalChanges;

/**
 * One poll of the feed: the journal changes after the watermark (the cursor, an instant) up to a moment a little in
 * the past (so transactions still committing are not skipped), at most one window long, read in one batch and cut
 * into messages of at most {@code itemsPerMessage} lessons or final marks. The watermark moves only after every
 * message of the window was handed over (taken by the platform, or dead-lettered with its body); if the platform
 * is down the poll fails and the next one sends the same window again, under the same message ids.
 */
public class MySchoolPoller {

    private final ExchangeJournal journal;
    private final FederalFeed feed;
    private final Consumer<String> deliver;
    private final Clock clock;
    private final Duration lag;
    private final Duration maxWindow;
    private final int itemsPerMessage;

    public MySchoolPoller(ExchangeJournal journal, FederalFeed feed, Consumer<String> deliver, Clock clock,
                          Duration lag, Duration maxWindow, int itemsPerMessage) {
        this.journal = journal;
        this.feed = feed;
        this.deliver = deliver;
        this.clock = clock;
        this.lag = lag;
        this.maxWindow = maxWindow;
        this.itemsPerMessage = itemsPerMessage;
    }

    /** Returns how many messages were sent. */
    public int pollOnce() {
        Instant until = clock.instant().minus(lag);
        Instant from = journal.cursor(FederalSystems.MYSCHOOL).map(Instant::parse).orElse(until.minus(maxWindow));
        if (!until.isAfter(from)) {
            return 0;
        }
        Instant to = from.plus(maxWindow).isBefore(until) ? from.plus(maxWindow) : until;
        JournalChanges changes = feed.changes(from, to);
        List<String> messages = new ArrayList<>();
        int part = 0;
        for (int i = 0; i < changes.lessons().size(); i += itemsPerMessage) {
            messages.add(JournalFeedJson.lessons(JournalFeedJson.messageId(from, to, part++), from, to,
                    changes.lessons().subList(i, Math.min(i + itemsPerMessage, changes.lessons().size()))));
        }
        for (int i = 0; i < changes.finalMarks().size(); i += itemsPerMessage) {
            messages.add(JournalFeedJson.finalMarks(JournalFeedJson.messageId(from, to, part++), from, to,
                    changes.finalMarks().subList(i, Math.min(i + itemsPerMessage, changes.finalMarks().size()))));
        }
        messages.forEach(deliver);
        journal.moveCursor(FederalSystems.MYSCHOOL, to.toString());
        return messages.size();
    }
}
