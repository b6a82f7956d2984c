package org.zhurnal.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.web.security.CurrentActor;

/** Who is signed in. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountBindings bindings;

    @GET
    @Operation(summary = "The signed-in person: name, roles, and the binding of the account to a staff card "
            + "(NONE, PENDING or CONFIRMED; once confirmed, the schools and current positions)")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Nobody is signed in (problem JSON)")
    public MeView get() {
        var actor = currentActor.require();
        return MeView.of(actor, bindings.statusOf(actor));
    }
}
