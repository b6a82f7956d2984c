package org.zhurnal.guardians.domain;

import java.util.List;
import java.util.Optional;

/** Legal representatives of children, and consents to processing personal data. */
public interface Guardianships {

    Optional<Guardianship> find(Long guardianshipId);

    /** All representatives of the child, ended ones too, oldest first. */
    List<Guardianship> ofChild(Long childPersonId);

    /** Stores a new guardianship; a current one of the same pair is a conflict on {@code snils}. */
    Guardianship add(Guardianship guardianship);

    Optional<PdConsent> findConsent(Long consentId);

    /** The consents about the person, withdrawn ones too, newest first. */
    List<PdConsent> consentsAbout(Long personId);

    /** Stores a new consent; one in force for the same purpose is a conflict on {@code purpose}. */
    PdConsent add(PdConsent consent);

    /** Writes pending changes now. */
    void store();
}
