package org.zhurnal.identity.domain;

import java.util.List;
import java.util.Optional;

/** The bindings of sign-in accounts to person cards. */
public interface BindingRecords {

    Optional<AccountBinding> find(Long id);

    /** The account's PENDING or CONFIRMED binding (there is at most one). */
    Optional<AccountBinding> findActive(String issuer, String subject);

    /** Whether a suggestion to bind the account to this person was ever rejected. */
    boolean wasRejected(String issuer, String subject, Long personId);

    /** Pending suggestions, oldest first. */
    List<AccountBinding> pending(int limit);

    /** Which of these person cards have a confirmed account (someone signs in as them). */
    java.util.Set<Long> withConfirmedAccount(java.util.Collection<Long> personIds);

    /** Stores a new binding and assigns its id. */
    AccountBinding add(AccountBinding binding);
}
