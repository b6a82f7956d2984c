package org.zhurnal.journal.domain;

/**
 * The journal's rules a school may switch off: no marks in grade 1, no marks in grade 2's first reporting
 * period. Both on unless the school's {@code journal_settings} row says otherwise.
 */
public record JournalSettings(boolean grade1NoMarks, boolean grade2FirstPeriodNoMarks) {

    public static final JournalSettings DEFAULT = new JournalSettings(true, true);
}
