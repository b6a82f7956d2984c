package org.zhurnal.classes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.classes.application.StreamItem;
import org.zhurnal.classes.application.StreamService;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** Streams (потоки) of a school's academic year. */
@Path("schools/{schoolId: \\d+}/streams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolStreamsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    StreamService streams;

    @GET
    @Operation(summary = "The streams of an academic year with their classes")
    @APIResponse(responseCode = "200", description = "The streams")
    public List<StreamItem> list(@PathParam("schoolId") long schoolId, @QueryParam("yearId") String yearId) {
        var actor = currentActor.require();
        Long year = QueryNumbers.longOrNull(yearId, "yearId");
        if (year == null) {
            throw new InvalidInputException("yearId", "Выберите учебный год");
        }
        return streams.streams(actor, schoolId, year);
    }

    @POST
    @Operation(summary = "Joins two or more classes of one academic year into a stream")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "yearId, name or classIds is wrong (field)")
    @APIResponse(responseCode = "409", description = "The year has a stream of that name (field name)")
    public Response create(@PathParam("schoolId") long schoolId, NewStreamRequest request) {
        var actor = currentActor.require();
        NewStreamRequest body = request == null ? new NewStreamRequest(null, null, null) : request;
        StreamItem created = streams.create(actor, schoolId, body.yearId(), body.name(), body.classIds());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
