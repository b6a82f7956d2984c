package org.zhurnal.calendar.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.web.security.CurrentActor;

/** A school's academic years with their reporting periods and days off. */
@Path("schools/{schoolId: \\d+}/years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AcademicYearsResource {

    private static final NewAcademicYearRequest EMPTY = new NewAcademicYearRequest(null, null, null, null, null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolCalendarService calendar;

    @GET
    @Operation(summary = "The school's academic years, newest first")
    @APIResponse(responseCode = "200", description = "The years")
    @APIResponse(responseCode = "404", description = "No such school (problem JSON)")
    public List<AcademicYearResponse> list(@PathParam("schoolId") long schoolId) {
        return calendar.years(currentActor.require(), schoolId).stream().map(AcademicYearResponse::of).toList();
    }

    @POST
    @Operation(summary = "Opens an academic year with its reporting periods and days off")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "400", description = "The calendar does not hold together (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "Overlaps an existing year of the school (field startsOn)")
    public Response open(@PathParam("schoolId") long schoolId, NewAcademicYearRequest request, @Context UriInfo uri) {
        AcademicYearResponse year = AcademicYearResponse.of(calendar.openYear(currentActor.require(), schoolId,
                (request == null ? EMPTY : request).toInput()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(year.id())).build())
                .entity(year).build();
    }

    @GET
    @Path("{yearId: \\d+}")
    @Operation(summary = "One academic year of the school")
    @APIResponse(responseCode = "200", description = "The year")
    @APIResponse(responseCode = "404", description = "No such school or year (problem JSON)")
    public AcademicYearResponse get(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        return AcademicYearResponse.of(calendar.year(currentActor.require(), schoolId, yearId));
    }
}
