package org.zhurnal.school.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.school.application.MunicipalityService;
import org.zhurnal.web.security.CurrentActor;

/** The region's municipalities (region administrator only). */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    MunicipalityService municipalities;

    @GET
    @Operation(summary = "The region's municipalities, by name")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "401", description = "Not signed in (problem JSON)")
    @APIResponse(responseCode = "403", description = "Not the region administrator (problem JSON)")
    public List<MunicipalityView> list() {
        return municipalities.list(currentActor.require()).stream().map(MunicipalityView::of).toList();
    }

    @POST
    @Operation(summary = "Adds a municipality to the region")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Name missing or too long (problem JSON, field name)")
    @APIResponse(responseCode = "409", description = "The region already has a municipality of this name")
    public Response create(NewMunicipalityRequest request) {
        var actor = currentActor.require();
        MunicipalityView created = MunicipalityView.of(municipalities.create(actor, request == null ? null : request.name()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
