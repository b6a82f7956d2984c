package org.zhurnal.guardians.domain;

/** What personal data may be processed for, each consented to separately. */
public enum ConsentPurpose {
    /** Keeping the electronic journal and diary. */
    ELECTRONIC_JOURNAL,
    /** Passing data to regional and federal systems (контингент, «Моя школа», ЕПГУ). */
    REGIONAL_SYSTEMS,
    /** Publishing photos and achievements on the school's site. */
    PUBLICATION
}
