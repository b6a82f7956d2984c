package org.zhurnal.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.RequestOrigin;
import java.time.Instant;
import org.zhurnal.identity.domain.InviteCodes;

/**
 * Redemption attempts, written in their own transaction: a failed attempt must count (and stay in the audit
 * log) even though the attempt itself is refused and rolled back. Each keeps the request's network address.
 */
@Stateless
public class InviteAttempts {

    @Inject
    InviteCodes codes;

    @Inject
    AuditLog audit;

    /** A successful redemption (its binding and the code are audited with the redemption itself). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(Actor account, Instant at) {
        codes.recordAttempt(account.issuer(), account.subject(), RequestOrigin.current().orElse(null), at, true);
    }

    /** A refused code: counted against the account and the address, and audited (never the code typed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Actor account, Instant at) {
        codes.recordAttempt(account.issuer(), account.subject(), RequestOrigin.current().orElse(null), at, false);
        audit.record(account, AuditAction.INVITE_REDEEM_REFUSED, account.subject());
    }

    /** An attempt not even tried because of too many failures: audited, not counted again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void lockedOut(Actor account) {
        audit.record(account, AuditAction.INVITE_REDEEM_LOCKED_OUT, account.subject());
    }
}
