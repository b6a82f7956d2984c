package org.zhurnal.timetable.application;

import java.util.List;

/**
 * What a timetable change did to the dated lessons: the entry as it now is ({@code null} when removed), how
 * many lessons were created and removed, and the lessons kept because they hold data.
 */
public record EntryChange(TimetableEntryView entry, int lessonsCreated, int lessonsRemoved, List<KeptLesson> kept) {
}
