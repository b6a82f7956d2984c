package org.zhurnal.guardians.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.guardians.application.NameCorrection;
import org.zhurnal.guardians.application.NameHistory;
import org.zhurnal.guardians.application.PersonCorrectionService;
import org.zhurnal.web.security.CurrentActor;

/** Corrections of a person card's name and birth date, and the card's name history (personal data: audited). */
@Path("people/{personId: \\d+}/name")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonNamesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    PersonCorrectionService corrections;

    @GET
    @Operation(summary = "The card's name and birth date now, and every correction, oldest first")
    @APIResponse(responseCode = "200", description = "{personId, displayName, birthDate, changes:[…]}")
    @APIResponse(responseCode = "403", description = "Not allowed to keep this person's data (also for no such person)")
    public NameHistory history(@PathParam("personId") long personId) {
        return corrections.history(currentActor.require(), personId);
    }

    @POST
    @Path("corrections")
    @Operation(summary = "Corrects the name and birth date, with a reason kept in the name history")
    @APIResponse(responseCode = "200", description = "The name history after the correction")
    @APIResponse(responseCode = "400", description = "surname|givenName|patronymic|birthDate|reason is wrong, or nothing changes (field surname)")
    @APIResponse(responseCode = "403", description = "Not allowed to keep this person's data")
    public NameHistory correct(@PathParam("personId") long personId, NameCorrection request) {
        return corrections.correct(currentActor.require(), personId, request);
    }
}
