package org.zhurnal.identity.application;

import java.time.Instant;

/**
 * A code just issued, for the letter handed to the person: the code in clear text appears only here,
 * once; afterwards only its hash is kept.
 */
public record IssuedInvitation(Long id, String code, Instant expiresAt, String personName, String studentName,
                               String className, String purpose) {
}
