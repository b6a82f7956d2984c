package org.zhurnal.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Guardian-link suggestions. */
public interface GuardianLinks {

    Optional<GuardianLink> find(Long id);

    /** Whether the account was ever suggested for the child (pending, confirmed or refused). */
    boolean exists(String issuer, String subject, Long childPersonId);

    /** Pending suggestions of these schools (all schools when {@code schoolIds} is null), oldest first. */
    List<GuardianLink> pending(Collection<Long> schoolIds, int limit);

    GuardianLink add(GuardianLink link);
}
