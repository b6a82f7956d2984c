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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.guardians.application.GuardianService;
import org.zhurnal.guardians.application.RepresentativeItem;
import org.zhurnal.guardians.application.StudentCard;
import org.zhurnal.guardians.application.StudentCardService;
import org.zhurnal.web.security.CurrentActor;

/** A student's person card and legal representatives (personal data: audited, by role and relation only). */
@Path("students/{personId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentCardsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    StudentCardService cards;

    @Inject
    GuardianService guardians;

    @GET
    @Path("card")
    @Operation(summary = "The student's card: class today, contacts, representatives, consents")
    @APIResponse(responseCode = "200", description = "The card")
    @APIResponse(responseCode = "403", description = "Not the school's journal administrator nor the class teacher")
    public StudentCard card(@PathParam("personId") long personId) {
        return cards.card(currentActor.require(), personId);
    }

    @GET
    @Path("representatives")
    @Operation(summary = "The student's legal representatives, ended ones too")
    @APIResponse(responseCode = "200", description = "The representatives")
    public List<RepresentativeItem> representatives(@PathParam("personId") long personId) {
        return guardians.representatives(currentActor.require(), personId);
    }

    @POST
    @Path("representatives")
    @Operation(summary = "Adds a legal representative (a new person card, or the one the SNILS finds)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A detail is wrong (field: surname, givenName, birthDate, snils, kind, validFrom, phone, email)")
    @APIResponse(responseCode = "409", description = "Already a current representative, or the SNILS is another person's (field snils)")
    public Response add(@PathParam("personId") long personId, NewRepresentativeRequest request) {
        RepresentativeItem added = guardians.add(currentActor.require(), personId,
                (request == null ? NewRepresentativeRequest.EMPTY : request).toInput());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** Ends a representation: {@code POST /api/v1/students/{personId}/representatives/{guardianshipId}/end}. */
    @POST
    @Path("representatives/{guardianshipId: \\d+}/end")
    @Operation(summary = "Ends a legal representation from a date (today by default)")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "409", description = "Already ended (field validTo)")
    public RepresentativeItem end(@PathParam("personId") long personId,
                                  @PathParam("guardianshipId") long guardianshipId, DateRequest request) {
        return guardians.end(currentActor.require(), personId, guardianshipId,
                WireDates.date(request == null ? null : request.date(), "validTo"));
    }
}
