package org.zhurnal.importjobs.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.security.Actor;

/**
 * One upload of a list being imported in the background: who started it for which school, how far it is
 * (stage, rows processed of the total) and, at the end, what it did or why nothing was stored. The import
 * writes its progress here from inside its transaction; readers see it at once. Thread-safe.
 */
public final class ImportJob implements ImportProgress {

    /** Which list: a school's staff or its students with their representatives. */
    public enum Kind { STAFF, STUDENTS }

    /** Where it is: checking rows, storing them, stored (committed), or refused (nothing stored). */
    public enum State { VALIDATING, APPLYING, DONE, FAILED }

    private final UUID id;
    private final Kind kind;
    private final Long schoolId;
    private final String issuer;
    private final String subject;
    private final Instant started;
    private final AtomicInteger processed = new AtomicInteger();
    private volatile State state = State.VALIDATING;
    private volatile int total;
    private volatile Object result;
    private volatile BusinessException refusal;
    private volatile Instant finished;

    ImportJob(Kind kind, Long schoolId, Actor actor, Instant started) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.schoolId = schoolId;
        this.issuer = actor.issuer();
        this.subject = actor.subject();
        this.started = started;
    }

    @Override
    public void validating(int rows) {
        stage(State.VALIDATING, rows);
    }

    @Override
    public void applying(int rows) {
        stage(State.APPLYING, rows);
    }

    @Override
    public void advance(int rows) {
        processed.updateAndGet(done -> Math.min(total, done + rows));
    }

    private void stage(State next, int rows) {
        total = rows;
        processed.set(0);
        state = next;
    }

    /** Stored and committed: what the import did. */
    void finish(Object outcome, Instant at) {
        result = outcome;
        processed.set(total);
        finished = at;
        state = State.DONE;
    }

    /** Refused (the transaction rolled back): the reason, or empty for an unexpected failure. */
    void fail(BusinessException reason, Instant at) {
        refusal = reason;
        finished = at;
        state = State.FAILED;
    }

    /** Whether this job is the actor's, for this school and list. */
    boolean belongsTo(Actor actor, Kind wanted, Long school) {
        return startedBy(actor) && kind == wanted && schoolId.equals(school);
    }

    /** Whether the actor's account started this job. */
    boolean startedBy(Actor actor) {
        return actor != null && issuer.equals(actor.issuer()) && subject.equals(actor.subject());
    }

    boolean isRunning() {
        return state == State.VALIDATING || state == State.APPLYING;
    }

    boolean finishedBefore(Instant moment) {
        Instant at = finished;
        return at != null && at.isBefore(moment);
    }

    public UUID id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Instant started() {
        return started;
    }

    public State state() {
        return state;
    }

    public int processed() {
        return processed.get();
    }

    public int total() {
        return total;
    }

    /** What the import did (its counts), once {@link State#DONE}. */
    public Optional<Object> result() {
        return Optional.ofNullable(result);
    }

    /** Why nothing was stored, once {@link State#FAILED}; empty for an unexpected failure. */
    public Optional<BusinessException> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String toString() {
        return "ImportJob[" + id + ", " + kind + ", school " + schoolId + ", " + state + "]";
    }
}
