package org.zhurnal.rooms.api;

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
import org.zhurnal.rooms.application.BuildingItem;
import org.zhurnal.rooms.application.RoomService;
import org.zhurnal.web.security.CurrentActor;

/** A school's buildings. */
@Path("schools/{schoolId: \\d+}/buildings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolBuildingsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    RoomService rooms;

    @GET
    @Operation(summary = "The school's buildings by name")
    @APIResponse(responseCode = "200", description = "The buildings")
    public List<BuildingItem> list(@PathParam("schoolId") long schoolId) {
        return rooms.buildings(currentActor.require(), schoolId);
    }

    @POST
    @Operation(summary = "Adds a building")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "name or address is wrong (field)")
    @APIResponse(responseCode = "409", description = "The school has a building of that name (field name)")
    public Response create(@PathParam("schoolId") long schoolId, BuildingRequest request) {
        BuildingItem created = rooms.addBuilding(currentActor.require(), schoolId, BuildingRequest.input(request));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{buildingId: \\d+}")
    @Operation(summary = "Renames a building and changes its address")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such building at the school")
    @APIResponse(responseCode = "409", description = "The school has a building of that name (field name)")
    public BuildingItem describe(@PathParam("schoolId") long schoolId, @PathParam("buildingId") long buildingId,
                                 BuildingRequest request) {
        return rooms.describeBuilding(currentActor.require(), schoolId, buildingId, BuildingRequest.input(request));
    }
}
