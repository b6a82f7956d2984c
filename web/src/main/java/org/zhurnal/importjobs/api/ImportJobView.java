package org.zhurnal.importjobs.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import java.util.function.Function;
import org.zhurnal.importjobs.application.ImportJob;
import org.zhurnal.web.problem.Problem;
import org.zhurnal.web.problem.Problems;

/**
 * An import job on the wire: {@code state} ({@code validating}, {@code applying}, {@code done}, {@code failed}),
 * rows {@code processed} of {@code total} in that stage; when done the import's counts ({@code result}), when
 * failed the problem the upload used to answer with ({@code problem}: the rows' errors, or another refusal).
 */
@JsonbPropertyOrder({"jobId", "state", "processed", "total", "result", "problem"})
public record ImportJobView(String jobId, String state, int processed, int total, Object result, Object problem) {

    static final Problem UNEXPECTED = Problem.of("import-failed", "Загрузка не удалась", 500,
            "Загрузка прервалась из-за ошибки на сервере; ничего не сохранено. Загрузите файл ещё раз.");

    /** The job as it is now; {@code resultView} turns the import's counts into their wire record. */
    public static <R> ImportJobView of(ImportJob job, Class<R> resultType, Function<R, ?> resultView) {
        ImportJob.State state = job.state();
        Object result = state == ImportJob.State.DONE
                ? job.result().map(resultType::cast).map(resultView).orElse(null) : null;
        Object problem = state == ImportJob.State.FAILED
                ? job.refusal().<Object>map(Problems::of).orElse(UNEXPECTED) : null;
        return new ImportJobView(job.id().toString(), state.name().toLowerCase(Locale.ROOT), job.processed(),
                job.total(), result, problem);
    }
}
