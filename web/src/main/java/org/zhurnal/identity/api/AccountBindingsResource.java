package org.zhurnal.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.web.security.CurrentActor;

/** Suggestions to bind sign-in accounts to staff members' person cards: the region administrator decides. */
@Path("account-bindings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountBindingsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    AccountBindings bindings;

    @GET
    @Operation(summary = "Pending binding suggestions (state=PENDING), oldest first: name, schools and positions")
    @APIResponse(responseCode = "200", description = "The suggestions")
    @APIResponse(responseCode = "400", description = "state is not PENDING (problem JSON, field)")
    @APIResponse(responseCode = "403", description = "Not the region administrator")
    public List<AccountBindingView> list(@QueryParam("state") String state) {
        var actor = currentActor.require();
        if (state != null && !"PENDING".equals(state)) {
            throw new InvalidInputException("state", "Можно получить только предложения на рассмотрении (PENDING)");
        }
        return bindings.pending(actor).stream().map(AccountBindingView::of).toList();
    }

    @POST
    @Path("{id: \\d+}/confirm")
    @Operation(summary = "Confirms a pending suggestion: the account acts as that person from its next sign-in")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "403", description = "Not the region administrator, or the own account")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    @APIResponse(responseCode = "409", description = "Already decided")
    public AccountBindingView confirm(@PathParam("id") long id) {
        return AccountBindingView.of(bindings.confirm(currentActor.require(), id));
    }

    @POST
    @Path("{id: \\d+}/reject")
    @Operation(summary = "Rejects a pending suggestion; the same card is not suggested for the account again")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "403", description = "Not the region administrator, or the own account")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    @APIResponse(responseCode = "409", description = "Already decided")
    public AccountBindingView reject(@PathParam("id") long id) {
        return AccountBindingView.of(bindings.reject(currentActor.require(), id));
    }
}
