package org.zhurnal.journal.domain;

/**
 * The journal's rules a school may switch: no marks in grade 1, no marks in grade 2's first reporting period,
 * double marks («5/4») where the rules allow them (off: none at all). All on unless the school's
 * {@code journal_settings} row says otherwise.
 */
public record JournalSettings(boolean grade1NoMarks, boolean grade2FirstPeriodNoMarks, boolean doubleMarksAllowed) {

    public static final JournalSettings DEFAULT = new JournalSettings(true, true, true);
}
