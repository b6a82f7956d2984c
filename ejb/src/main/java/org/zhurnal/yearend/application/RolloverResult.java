package org.zhurnal.yearend.application;

/** What a rollover created; {@code alreadyDone} when it had been done before and nothing new was created. */
public record RolloverResult(Long toYearId, String label, int classesCreated, int studentsMoved, int graduates,
                             boolean curriculumDraft, boolean alreadyDone) {
}
