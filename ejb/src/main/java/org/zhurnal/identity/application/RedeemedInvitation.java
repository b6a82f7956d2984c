package org.zhurnal.identity.application;

/** What a redeemed code bound the account to: whose card, for which student and class. */
public record RedeemedInvitation(Long personId, String personName, Long studentPersonId, String studentName,
                                 String purpose) {
}
