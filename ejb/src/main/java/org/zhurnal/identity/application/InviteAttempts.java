package org.zhurnal.identity.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zhurnal.identity.domain.InviteCodes;

/**
 * Redemption attempts, written in their own transaction: a failed attempt must count even though the
 * attempt itself is refused and rolled back.
 */
@Stateless
public class InviteAttempts {

    @Inject
    InviteCodes codes;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String issuer, String subject, Instant at, boolean succeeded) {
        codes.recordAttempt(issuer, subject, at, succeeded);
    }
}
