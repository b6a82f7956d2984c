package org.zhurnal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotSignedInMapper implements ExceptionMapper<NotSignedInException> {

    @Override
    public Response toResponse(NotSignedInException exception) {
        return Problems.response(Problem.of("not-signed-in", "Вход не выполнен", 401,
                "Войдите через Госуслуги, чтобы продолжить."));
    }
}
