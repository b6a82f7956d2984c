package org.zhurnal.reports.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.shared.security.Actor;

/** Proposed period marks computed in the database (set-based), and the runs that stored them. */
public interface FinalMarkProposals {

    /** One proposal: null {@code proposed} is н/а; {@code groupId} set for a group's lessons. */
    record Proposal(long schoolId, long yearId, long classId, long subjectId, Long groupId, long studentId, int marks,
                    java.math.BigDecimal average, Integer proposed) {
    }

    /** What a stored run did. */
    record Run(long id, int schoolYear, String periodSystem, int periodNumber, Long schoolId, Instant startedAt,
               Instant finishedAt, int schools, int proposals, int notAttested) {
    }

    /** The schools with an academic year of this period system starting in {@code schoolYear}. */
    List<Long> schools(int schoolYear, String periodSystem);

    /** The proposals of one school's period, computed now and not stored. */
    List<Proposal> compute(long schoolId, int schoolYear, String periodSystem, int number, LocalDate today);

    long startRun(int schoolYear, String periodSystem, int number, Long schoolId, Actor actor, Instant at);

    /**
     * Replaces the stored proposals of the period of every school (with an academic year of this period system
     * starting in {@code schoolYear}) by freshly computed ones, in one statement; returns {rows, н/а rows}.
     */
    int[] store(long runId, int schoolYear, String periodSystem, int number, LocalDate today);

    void finishRun(long runId, int schools, int proposals, int notAttested, Instant at);

    Optional<Run> lastRun(int schoolYear, String periodSystem, int number);
}
