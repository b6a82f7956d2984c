package org.zhurnal.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.identity.application.Invitations;
import org.zhurnal.web.security.CurrentActor;

/** Redeeming an invite code: the signed-in account becomes the person the code was issued for. */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationRedemptionResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    Invitations invitations;

    @Context
    HttpServletRequest request;

    @POST
    @Path("redeem")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Binds the signed-in (confirmed) account to the card the code names; at most 5 failed "
            + "attempts per 15 minutes")
    @APIResponse(responseCode = "200", description = "Bound: whose card, for which student")
    @APIResponse(responseCode = "400", description = "Malformed, unknown, used, replaced or expired code (field code)")
    @APIResponse(responseCode = "409", description = "The account is bound to another card")
    @APIResponse(responseCode = "429", description = "Too many failed attempts")
    public InvitationViews.Redeemed redeem(RedeemRequest body) {
        var redeemed = invitations.redeem(currentActor.require(), body == null ? null : body.code());
        HttpSession session = request.getSession(false);
        if (session != null) {
            CurrentActor.forgetBinding(session);
        }
        return InvitationViews.Redeemed.of(redeemed);
    }
}
