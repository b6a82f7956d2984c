package org.zhurnal.importjobs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.error.TooManyAttemptsException;
import org.zhurnal.shared.security.Actor;

/**
 * The import jobs of this application node, kept in memory: started by the import services after their access
 * check, read back only by the account that started them, for the same school and list. A finished job's
 * result is kept for {@link #KEPT} so that the user can read it; older ones are dropped as new jobs start.
 */
@ApplicationScoped
public class ImportJobs {

    /** How long a finished job's result can be read. */
    public static final Duration KEPT = Duration.ofHours(1);
    static final int MAX_RUNNING_PER_ACCOUNT = 3;
    static final String NOT_FOUND = "Загрузка не найдена: возможно, она закончилась больше часа назад. "
            + "Загрузите файл снова.";

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    @Inject
    ImportJobRunner runner;

    @Inject
    Clock clock;

    /** Starts {@code work} (which reports its progress to the job) in the background; the actor's access is checked. */
    public ImportJob start(Actor actor, ImportJob.Kind kind, Long schoolId, Function<ImportProgress, Object> work) {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.finishedBefore(now.minus(KEPT)));
        long running = jobs.values().stream().filter(job -> job.isRunning() && job.startedBy(actor)).count();
        if (running >= MAX_RUNNING_PER_ACCOUNT) {
            throw new TooManyAttemptsException("Уже идут " + running + " загрузки: дождитесь, пока они закончатся.");
        }
        ImportJob job = new ImportJob(kind, schoolId, actor, now);
        jobs.put(job.id(), job);
        runner.run(job, work);
        return job;
    }

    /**
     * The actor's job of this list and school; any other id (unknown, somebody else's, another school's or list's)
     * is not found alike.
     */
    public ImportJob find(Actor actor, ImportJob.Kind kind, Long schoolId, String id) {
        UUID key = parse(id);
        ImportJob job = key == null ? null : jobs.get(key);
        if (job == null || !job.belongsTo(actor, kind, schoolId)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return job;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
