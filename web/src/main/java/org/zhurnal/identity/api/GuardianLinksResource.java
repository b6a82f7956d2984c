package org.zhurnal.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.zhurnal.identity.application.GuardianLinkService;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.web.security.CurrentActor;

/**
 * Suggestions, from the state portal's children list, that an account is a student's legal representative: the
 * class teacher or the school's journal administrator confirms or refuses them.
 */
@Path("guardian-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuardianLinksResource {

    /** Body of a confirmation: who the account's person is to the child. */
    public record ConfirmRequest(String kind) {
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    GuardianLinkService links;

    @GET
    @Operation(summary = "Pending guardian-link suggestions (state=PENDING) the caller may decide, oldest first")
    @APIResponse(responseCode = "200", description = "The suggestions: child, class, the account's name; no SNILS")
    @APIResponse(responseCode = "400", description = "state is not PENDING (field state)")
    @APIResponse(responseCode = "403", description = "Neither staff nor the region administrator")
    public List<GuardianLinkView> list(@QueryParam("state") String state) {
        var actor = currentActor.require();
        if (state != null && !"PENDING".equals(state)) {
            throw new InvalidInputException("state", "Можно получить только предложения на рассмотрении (PENDING)");
        }
        return links.pending(actor).stream().map(GuardianLinkView::of).toList();
    }

    @POST
    @Path("{id: \\d+}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirms: the account is bound to a representative card of the child ({kind}); "
            + "takes effect from the account's next sign-in")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "400", description = "No or unknown kind (field kind)")
    @APIResponse(responseCode = "403", description = "Not the child's class teacher or the school's administrator")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    @APIResponse(responseCode = "409", description = "Already decided, or the account awaits a staff binding")
    public GuardianLinkView confirm(@PathParam("id") long id, ConfirmRequest body) {
        return GuardianLinkView.of(links.confirm(currentActor.require(), id, body == null ? null : body.kind()));
    }

    @POST
    @Path("{id: \\d+}/reject")
    @Operation(summary = "Refuses: the account is not suggested for this child again")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "403", description = "Not the child's class teacher or the school's administrator")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    @APIResponse(responseCode = "409", description = "Already decided")
    public GuardianLinkView reject(@PathParam("id") long id) {
        return GuardianLinkView.of(links.reject(currentActor.require(), id));
    }
}
