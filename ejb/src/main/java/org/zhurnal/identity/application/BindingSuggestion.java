package org.zhurnal.identity.application;

import java.time.Instant;
import java.util.List;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.school.application.SchoolPositions;

/**
 * A binding as the person deciding on it sees it: whose card (name only, never the SNILS), where that
 * person works now and in which positions.
 */
public record BindingSuggestion(Long id, BindingState state, Long personId, String displayName,
                                Instant suggestedAt, List<SchoolPositions> schools) {

    public BindingSuggestion {
        schools = List.copyOf(schools);
    }
}
