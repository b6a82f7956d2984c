package org.zhurnal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhurnal.shared.error.BusinessException;

/** Business refusals as problems: the Russian message as detail, the field at fault where there is one. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        return Problems.response(problemOf(exception));
    }

    /** The problem a refusal is answered with. */
    static Problem problemOf(BusinessException exception) {
        Problem problem = switch (exception.kind()) {
            case INVALID -> Problem.of("invalid-input", "Неверные данные", 400, exception.getMessage());
            case NOT_FOUND -> Problem.of("not-found", "Не найдено", 404, exception.getMessage());
            case CONFLICT -> Problem.of("conflict", "Конфликт данных", 409, exception.getMessage());
            case FORBIDDEN -> Problem.of("forbidden", "Нет доступа", 403, exception.getMessage());
            case TOO_MANY_ATTEMPTS -> Problem.of("too-many-attempts", "Слишком много попыток", 429,
                    exception.getMessage());
        };
        return problem.withField(exception.field().orElse(null));
    }
}
