package org.zhurnal.yearend.application;

/**
 * What a rollover created (the timetable entries are a draft: no lessons until the administrator generates them); {@code alreadyDone} when it had been done before and nothing new was created.
 */
public record RolloverResult(Long toYearId, String label, int classesCreated, int studentsMoved, int graduates,
                             boolean curriculumDraft, int streamsCopied, int assignmentsCopied,
                             int timetableEntriesCopied, boolean alreadyDone) {
}
