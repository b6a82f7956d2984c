package org.zhurnal.web.problem;

import jakarta.ws.rs.core.Response;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidRowsException;

/** Builds problem responses with the right media type. */
public final class Problems {

    private Problems() {
    }

    /**
     * The problem body a refusal is answered with: rows of a file ({@link RowsProblem}) or a {@link Problem},
     * for answers that carry it inside (an import job's outcome).
     */
    public static Object of(BusinessException refusal) {
        return refusal instanceof InvalidRowsException rows ? RowsProblem.of(rows)
                : BusinessExceptionMapper.problemOf(refusal);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
