package org.zhurnal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged in full with an incident id, answered with the id only — a stack trace
 * never reaches the user.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problems.response(Problem.of("unexpected", "Внутренняя ошибка", 500,
                "Что-то пошло не так. Попробуйте ещё раз; если ошибка повторится, сообщите в поддержку номер "
                        + incident + "."));
    }
}
