package org.zhurnal.school.application;

/**
 * The rules of the journal a school may switch off (both on by default, as the regional order says): no marks
 * in grade 1, and none in grade 2's first reporting period. Kept in {@code journal_settings} (V18), read by
 * the journal.
 */
public record SchoolSettings(Boolean grade1NoMarks, Boolean grade2FirstPeriodNoMarks) {

    public static final SchoolSettings DEFAULT = new SchoolSettings(true, true);
}
