package org.zhurnal.shared.security;

/** The one fact about staff positions the school access policy needs; implemented next to the schools. */
public interface SchoolStaff {

    /** Whether the person currently holds the journal administrator position at the school. */
    boolean isCurrentJournalAdmin(Long personId, Long schoolId);
}
