package org.zhurnal.federal.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.federal.persistence.JournalChangeQueries;

/**
 * The journal data the outbound feeds read, in batches by a time watermark (a few queries per window, never a
 * query per row), and the audit of what left the region: each student whose data a system accepted.
 */
@Stateless
public class FederalFeed {

    @Inject
    JournalChangeQueries queries;

    @Inject
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JournalChanges changes(Instant from, Instant to) {
        return queries.changes(from, to);
    }

    /** Records, for each student, that their journal data was delivered to {@code system}. */
    public void delivered(String system, Collection<Long> studentRefs) {
        audit.recordAll(FederalSystems.actorOf(system), AuditAction.EXCHANGE_STUDENT_DATA_SENT,
                studentRefs.stream().distinct().sorted().toList());
    }
}
