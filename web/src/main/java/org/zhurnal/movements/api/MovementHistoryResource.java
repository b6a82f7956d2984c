package org.zhurnal.movements.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.movements.application.MovementHistoryService;
import org.zhurnal.web.security.CurrentActor;

/** A student's movement history (движение обучающегося) for the administrators of their school. */
@Path("students/{personId: \\d+}/movement-history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MovementHistoryResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    MovementHistoryService history;

    @GET
    @Operation(summary = "The student's movements at their school, oldest first, and their class today")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "403", description = "Not an administrator of the student's school")
    @APIResponse(responseCode = "404", description = "No such student")
    public MovementHistoryResponse get(@PathParam("personId") long personId) {
        return MovementHistoryResponse.of(history.history(currentActor.require(), personId));
    }
}
