package org.zhurnal.identity.application;

import java.time.Instant;

/**
 * A guardian-link suggestion as the deciding staff see it: the child, the child's class, the account's name as the
 * state portal gives it; never any SNILS. {@code knownCard}: a person card with the account's SNILS exists already
 * (confirming binds the account to it instead of making a new card).
 */
public record GuardianLinkSuggestion(Long id, String state, Long childPersonId, String childName, String className,
                                     String accountName, Instant suggestedAt, boolean knownCard) {
}
