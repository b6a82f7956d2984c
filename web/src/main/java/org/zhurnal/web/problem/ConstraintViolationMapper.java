package org.zhurnal.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/**
 * Bean Validation failures on request bodies and parameters: 400 naming the first offending field
 * (the constraint's message is the Russian text shown to the user).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ConstraintViolation<?> first = exception.getConstraintViolations().stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .orElse(null);
        if (first == null) {
            return Problems.response(Problem.of("invalid-input", "Неверные данные", 400, "Проверьте введённые данные."));
        }
        return Problems.response(Problem.of("invalid-input", "Неверные данные", 400, first.getMessage())
                .withField(leafName(first.getPropertyPath())));
    }

    private static String leafName(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .reduce((a, b) -> b)
                .map(Path.Node::getName)
                .orElse(null);
    }
}
