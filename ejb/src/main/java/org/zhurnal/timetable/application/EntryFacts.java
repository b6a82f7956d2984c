package org.zhurnal.timetable.application;

import java.time.LocalDate;

/** A stored timetable entry as a change to it needs it. */
public record EntryFacts(long id, long yearId, int schoolYear, LocalDate yearEndsOn, LocalDate validFrom,
                         LocalDate validTo) {
}
