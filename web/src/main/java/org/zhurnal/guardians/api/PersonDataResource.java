package org.zhurnal.guardians.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.guardians.application.ConsentItem;
import org.zhurnal.guardians.application.ConsentService;
import org.zhurnal.guardians.application.StudentCardService;
import org.zhurnal.web.security.CurrentActor;

/** Contacts and consents of a student or a representative (personal data: audited, by role and relation). */
@Path("people/{personId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonDataResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    StudentCardService cards;

    @Inject
    ConsentService consents;

    @PUT
    @Path("contacts")
    @Operation(summary = "Replaces the person's phone and e-mail (blank: none)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "phone or email is wrong (field)")
    public void contacts(@PathParam("personId") long personId, ContactsRequest request) {
        ContactsRequest body = request == null ? new ContactsRequest(null, null) : request;
        cards.changeContacts(currentActor.require(), personId, body.phone(), body.email());
    }

    @GET
    @Path("consents")
    @Operation(summary = "The consents about the person, withdrawn ones too, newest first")
    @APIResponse(responseCode = "200", description = "The consents")
    public List<ConsentItem> consents(@PathParam("personId") long personId) {
        return consents.consents(currentActor.require(), personId);
    }

    @POST
    @Path("consents")
    @Operation(summary = "Records a consent given by the person or a current legal representative")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A detail is wrong (field: givenByPersonId, purpose, givenOn, documentRef)")
    @APIResponse(responseCode = "409", description = "A consent for the purpose is in force (field purpose)")
    public Response record(@PathParam("personId") long personId, NewConsentRequest request) {
        ConsentItem recorded = consents.record(currentActor.require(), personId,
                (request == null ? NewConsentRequest.EMPTY : request).toInput());
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("consents/{consentId: \\d+}/withdraw")
    @Operation(summary = "Withdraws a consent from a date (today by default)")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already withdrawn (field withdrawnOn)")
    public ConsentItem withdraw(@PathParam("personId") long personId, @PathParam("consentId") long consentId,
                                DateRequest request) {
        return consents.withdraw(currentActor.require(), personId, consentId,
                WireDates.date(request == null ? null : request.date(), "withdrawnOn"));
    }
}
