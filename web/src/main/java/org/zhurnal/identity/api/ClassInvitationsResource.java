package org.zhurnal.identity.api;

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
import org.zhurnal.identity.application.Invitations;
import org.zhurnal.web.security.CurrentActor;
import org.zhurnal.web.security.SignInSettings;

/**
 * A class's invite codes: issued by its class teacher (or the school's administrator) for students and
 * their legal representatives.
 */
@Path("classes/{classId: \\d+}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClassInvitationsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    Invitations invitations;

    @Inject
    SignInSettings settings;

    @GET
    @Operation(summary = "The class's students and their legal representatives: who signs in already and the state "
            + "of their latest invite code (NONE, OPEN, USED, REVOKED, EXPIRED)")
    @APIResponse(responseCode = "200", description = "The list, by student name")
    @APIResponse(responseCode = "403", description = "Neither the class teacher nor the school's administrator")
    @APIResponse(responseCode = "404", description = "No such class")
    public List<InvitationViews.StudentInvitations> list(@PathParam("classId") long classId) {
        return invitations.forClass(currentActor.require(), classId).stream()
                .map(InvitationViews.StudentInvitations::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a one-time code (valid 14 days) binding to the student's or a representative's "
            + "card; an open code for the same card is revoked. The code is in this answer only")
    @APIResponse(responseCode = "201", description = "Issued: the code for the letter")
    @APIResponse(responseCode = "400", description = "Not on the class list, or not a representative (field)")
    @APIResponse(responseCode = "403", description = "Neither the class teacher nor the school's administrator")
    @APIResponse(responseCode = "409", description = "The person signs in already")
    public Response issue(@PathParam("classId") long classId, NewInvitationRequest body) {
        var issued = invitations.issue(currentActor.require(), classId, body == null ? null : body.studentPersonId(),
                body == null ? null : body.personId());
        return Response.status(Response.Status.CREATED).entity(InvitationViews.Issued.of(issued)).build();
    }

    @POST
    @Path("letters")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The class's invitation letters (PDF, a page per student): fresh codes for the student and "
            + "every representative who does not sign in yet; open codes are replaced. The codes are in this PDF only")
    @APIResponse(responseCode = "200", description = "The letters (application/pdf)")
    @APIResponse(responseCode = "403", description = "Neither the class teacher nor the school's administrator")
    @APIResponse(responseCode = "404", description = "No such class")
    public Response letters(@PathParam("classId") long classId) {
        byte[] pdf = invitations.letters(currentActor.require(), classId, settings.homeUrl());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invitations-" + classId + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("letters/{studentPersonId: \\d+}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "One student's invitation letter (PDF): fresh codes for the student and every representative "
            + "who does not sign in yet; their open codes are revoked. The codes are in this PDF only")
    @APIResponse(responseCode = "200", description = "The letter (application/pdf)")
    @APIResponse(responseCode = "400", description = "The student is not on the class list (field studentPersonId)")
    @APIResponse(responseCode = "403", description = "Neither the class teacher nor the school's administrator")
    @APIResponse(responseCode = "404", description = "No such class")
    public Response studentLetter(@PathParam("classId") long classId, @PathParam("studentPersonId") long studentPersonId) {
        byte[] pdf = invitations.studentLetter(currentActor.require(), classId, studentPersonId, settings.homeUrl());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invitation-" + studentPersonId + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
