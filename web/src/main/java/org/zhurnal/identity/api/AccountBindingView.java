package org.zhurnal.identity.api;

import java.util.List;
import org.zhurnal.identity.application.BindingSuggestion;

/** A binding suggestion on the wire: the person's name and workplaces, never the SNILS; the time as text. */
public record AccountBindingView(Long id, String state, Long personId, String displayName, String suggestedAt,
                                 List<SchoolPositionsView> schools) {

    static AccountBindingView of(BindingSuggestion suggestion) {
        return new AccountBindingView(suggestion.id(), suggestion.state().name(), suggestion.personId(),
                suggestion.displayName(), suggestion.suggestedAt().toString(), SchoolPositionsView.of(suggestion.schools()));
    }
}
