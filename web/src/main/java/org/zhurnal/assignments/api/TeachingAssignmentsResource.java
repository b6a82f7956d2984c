package org.zhurnal.assignments.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.assignments.application.AssignmentItem;
import org.zhurnal.assignments.application.TeachingAssignmentService;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.web.security.CurrentActor;

/** One teaching assignment. */
@Path("teaching-assignments/{assignmentId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeachingAssignmentsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    TeachingAssignmentService assignments;

    @POST
    @Path("end")
    @Operation(summary = "Ends the assignment from a date (today by default)")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "validTo is not after validFrom (field validTo)")
    @APIResponse(responseCode = "409", description = "Already ended (field validTo)")
    public AssignmentItem end(@PathParam("assignmentId") long assignmentId, EndRequest request) {
        var actor = currentActor.require();
        return assignments.end(actor, assignmentId, WireDates.date(request == null ? null : request.validTo(), "validTo"));
    }
}
