package org.zhurnal.journal.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the journal's rules need to know about one lesson, read in one query: its date and state, the grade
 * of its class, the reporting period it falls in (number, 0 for none; closed or not), whether the subject is
 * Russian language or literature (double marks), the school calendar and the school's settings, and
 * the region's time zone (what "today" means).
 */
public record LessonFacts(LocalDate date, boolean cancelled, int grade, int periodNumber, boolean periodClosed,
                          boolean russianOrLiterature, WorkingDays workingDays, JournalSettings settings,
                          ZoneId zone) {

    /** The same class, subject and period, another lesson (a grid's column). */
    public LessonFacts of(LocalDate lessonDate, boolean lessonCancelled) {
        return new LessonFacts(lessonDate, lessonCancelled, grade, periodNumber, periodClosed, russianOrLiterature,
                workingDays, settings, zone);
    }
}
