package org.zhurnal.shared.security;

/**
 * Keyed one-way hashes of short secrets (invite codes) and personal identifiers, under the deployment's
 * personal-data key: stored instead of the value, found again by hashing what a user types.
 * {@code purpose} separates the uses so one hash never matches in another table.
 */
public interface SecretHasher {

    byte[] hash(String value, String purpose);
}
