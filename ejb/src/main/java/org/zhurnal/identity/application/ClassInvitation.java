package org.zhurnal.identity.application;

import java.time.Instant;
import java.util.List;

/**
 * A student of a class with who can sign in for them: the student and each legal representative, whether
 * they already sign in (a confirmed account) and their latest invite code's state.
 */
public record ClassInvitation(Invitee student, List<Invitee> representatives) {

    /** {@code codeState}: NONE, OPEN, USED, REVOKED or EXPIRED; {@code expiresAt} of the latest code. */
    public record Invitee(Long personId, String displayName, String kind, boolean signsIn, String codeState,
                          Instant expiresAt) {
    }
}
