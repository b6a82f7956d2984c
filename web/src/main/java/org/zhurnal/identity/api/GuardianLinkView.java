package org.zhurnal.identity.api;

import org.zhurnal.identity.application.GuardianLinkSuggestion;

/** A guardian-link suggestion on the wire: names and the class, never a SNILS; the time as text. */
public record GuardianLinkView(Long id, String state, Long childPersonId, String childName, String className,
                               String accountName, String suggestedAt, boolean knownCard) {

    static GuardianLinkView of(GuardianLinkSuggestion s) {
        return new GuardianLinkView(s.id(), s.state(), s.childPersonId(), s.childName(), s.className(), s.accountName(),
                s.suggestedAt().toString(), s.knownCard());
    }
}
