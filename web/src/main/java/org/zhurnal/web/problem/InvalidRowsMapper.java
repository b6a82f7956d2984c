package org.zhurnal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhurnal.shared.error.InvalidRowsException;

/** Rows of an uploaded table that break rules: 422 listing every row problem (nothing was stored). */
@Provider
public class InvalidRowsMapper implements ExceptionMapper<InvalidRowsException> {

    static final int UNPROCESSABLE = 422;

    @Override
    public Response toResponse(InvalidRowsException exception) {
        return Response.status(UNPROCESSABLE).type(Problem.MEDIA_TYPE).entity(RowsProblem.of(exception)).build();
    }
}
