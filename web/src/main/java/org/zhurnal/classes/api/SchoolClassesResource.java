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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** A school's classes of an academic year. */
@Path("schools/{schoolId: \\d+}/classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolClassesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolClassService classes;

    @GET
    @Operation(summary = "The classes of a year (by default the current one) by grade and letter, with student counts")
    @APIResponse(responseCode = "200", description = "The classes")
    @APIResponse(responseCode = "404", description = "No such school or year (problem JSON)")
    public List<ClassView> list(@PathParam("schoolId") long schoolId, @QueryParam("yearId") String yearId) {
        var actor = currentActor.require();
        return classes.classes(actor, schoolId, QueryNumbers.longOrNull(yearId, "yearId")).stream()
                .map(ClassView::of).toList();
    }

    @POST
    @Operation(summary = "Opens a class («5А») in an academic year, optionally with its class teacher")
    @APIResponse(responseCode = "201", description = "Opened; Location is the class's address")
    @APIResponse(responseCode = "400", description = "grade, letter, yearId or classTeacherPersonId is wrong (field)")
    @APIResponse(responseCode = "409", description = "The year already has this class (field letter)")
    public Response create(@PathParam("schoolId") long schoolId, NewClassRequest request, @Context UriInfo uri) {
        var actor = currentActor.require();
        ClassView created = ClassView.of(classes.create(actor, schoolId,
                (request == null ? NewClassRequest.EMPTY : request).toInput()));
        return Response.created(uri.getBaseUriBuilder().path("classes").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
