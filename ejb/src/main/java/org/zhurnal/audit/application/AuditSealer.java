package org.zhurnal.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.audit.domain.AuditEvent;
import org.zhurnal.audit.domain.AuditTrail;
import org.zhurnal.audit.domain.AuditTrail.ChainHead;

/**
 * Links committed audit events into the hash chain, in the order they were numbered, every
 * {@code zhurnal.audit.seal-interval-ms} (a second by default). It is the only writer of the chain head
 * and holds its row lock only while it seals, so the transactions that write events never wait for it
 * or for each other.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final int BATCH = 1_000;
    private static final int MAX_PER_RUN = 50_000;

    @Inject
    AuditTrail trail;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "zhurnal.audit.seal-interval-ms", defaultValue = "1000")
    long intervalMs;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(intervalMs, intervalMs, new TimerConfig("audit-sealer", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void onTimer() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit events could not be sealed now; the next run tries again", e);
        }
    }

    /** Seals every committed, unsealed event (up to a bound per call); returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealPending() {
        ChainHead head = trail.lockHead();
        long seq = head.seq();
        String previous = head.hash();
        int sealed = 0;
        while (sealed < MAX_PER_RUN) {
            List<AuditEvent> batch = trail.unsealed(BATCH);
            for (AuditEvent event : batch) {
                event.seal(++seq, previous);
                previous = event.hash();
            }
            sealed += batch.size();
            if (!batch.isEmpty()) {
                trail.moveHead(new ChainHead(seq, previous));
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return sealed;
    }
}
