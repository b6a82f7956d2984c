package org.zhurnal.reports.application;

import java.time.Instant;

/** A region-wide computation of proposed period marks: how many schools and rows, н/а among them, and when. */
public record ProposalRun(long runId, int schoolYear, String periodKind, int number, int schools, int proposals,
                          int notAttested, Instant startedAt, Instant finishedAt) {
}
