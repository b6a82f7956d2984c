package org.zhurnal.curriculum.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.curriculum.application.SubjectService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** Subjects: the region's catalogue and the subjects a school adds for itself. */
@Path("subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectsResource {

    private static final NewSubjectRequest EMPTY = new NewSubjectRequest(null, null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    SubjectService subjects;

    @GET
    @Operation(summary = "The region's catalogue, plus the school's own subjects when schoolId is given, by name")
    @APIResponse(responseCode = "200", description = "The subjects")
    @APIResponse(responseCode = "403", description = "Not allowed to see them (problem JSON)")
    @APIResponse(responseCode = "404", description = "No such school (problem JSON)")
    public List<SubjectView> list(@QueryParam("schoolId") String schoolId) {
        var actor = currentActor.require();
        return subjects.list(actor, QueryNumbers.longOrNull(schoolId, "schoolId")).stream().map(SubjectView::of).toList();
    }

    @POST
    @Operation(summary = "Adds a subject to the region's catalogue (no schoolId) or to a school's own subjects")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A name is missing or too long (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "A subject of this name is there already (field name)")
    public Response create(NewSubjectRequest request) {
        var actor = currentActor.require();
        SubjectView created = SubjectView.of(subjects.create(actor, (request == null ? EMPTY : request).toInput()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Renames a subject: the region's catalogue (region administrator) or a school's own")
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "400", description = "A name is missing or too long (problem JSON, field)")
    @APIResponse(responseCode = "404", description = "No such subject")
    @APIResponse(responseCode = "409", description = "A subject of this name is there already (field name)")
    public SubjectView rename(@PathParam("id") long id, NewSubjectRequest request) {
        return SubjectView.of(subjects.rename(currentActor.require(), id, (request == null ? EMPTY : request).toInput()));
    }
}
