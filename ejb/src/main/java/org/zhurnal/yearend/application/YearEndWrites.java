package org.zhurnal.yearend.application;

import java.time.Instant;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.yearend.domain.YearEndDecision;

/** The year end's own changes, in native SQL (the year's calendar and classes are changed through their aggregates). */
public interface YearEndWrites {

    /** Locks the year's row until the transaction ends (closing and rollover of one year run one at a time). */
    void lockYear(Long yearId);

    /** Closes every open reporting period of the year and the year itself. */
    void close(Long yearId, Actor actor, Instant at);

    /** Records the decision about the student, or removes it when {@code decision} is null. */
    void decide(Long yearId, Long personId, YearEndDecision decision, String orderRef, Actor actor, Instant at);

    /** Copies the curriculum of one year into another (the copy is a draft until confirmed). */
    int copyCurriculum(Long fromYearId, Long toYearId);

    void recordRollover(Long fromYearId, YearEndReads.Rollover rollover, Actor actor);

    /** Marks the next year's copied curriculum as checked; false when there is no draft. */
    boolean confirmCurriculum(Long toYearId);
}
