package org.zhurnal.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Issued invite codes and the accounts' attempts to redeem them. */
public interface InviteCodes {

    InviteCode add(InviteCode code);

    Optional<InviteCode> findByHash(byte[] codeHash);

    /** The codes issued for these students, newest first. */
    List<InviteCode> forStudents(Collection<Long> studentPersonIds);

    /** The open (not used, not revoked) codes binding to this card for this student. */
    List<InviteCode> open(Long studentPersonId, Long personId);

    /** An attempt of this account, from this network address ({@code null} when not known). */
    void recordAttempt(String issuer, String subject, String origin, Instant at, boolean succeeded);

    long failedAttemptsSince(String issuer, String subject, Instant since);

    /** Failed attempts from this network address, whatever the account. */
    long failedAttemptsFromSince(String origin, Instant since);
}
