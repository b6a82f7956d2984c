package org.zhurnal.classes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.web.security.CurrentActor;

/** Movements of an enrolled student (движение): leaving, transfer to another class, move between groups. */
@Path("students/{personId: \\d+}/movements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentMovementsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    StudentService students;

    @POST
    @Operation(summary = "Records a movement; a move between groups only on the first day of a reporting period")
    @APIResponse(responseCode = "201", description = "Recorded: the events appended to the student's history")
    @APIResponse(responseCode = "400", description = "A field is wrong, e.g. a group move not at a reporting-period "
            + "boundary (field date)")
    @APIResponse(responseCode = "404", description = "No such student")
    public Response record(@PathParam("personId") long personId, MovementRequest request) {
        var actor = currentActor.require();
        MovementView recorded = MovementView.of(students.move(actor, personId,
                (request == null ? MovementRequest.EMPTY : request).toInput()));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }
}
