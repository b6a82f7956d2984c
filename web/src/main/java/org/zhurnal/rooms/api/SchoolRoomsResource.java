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
import org.zhurnal.rooms.application.RoomItem;
import org.zhurnal.rooms.application.RoomService;
import org.zhurnal.web.security.CurrentActor;

/** A school's rooms (кабинеты). */
@Path("schools/{schoolId: \\d+}/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolRoomsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    RoomService rooms;

    @GET
    @Operation(summary = "The school's rooms by building and name")
    @APIResponse(responseCode = "200", description = "The rooms")
    public List<RoomItem> list(@PathParam("schoolId") long schoolId) {
        return rooms.rooms(currentActor.require(), schoolId);
    }

    @POST
    @Operation(summary = "Adds a room to a building of the school")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "buildingId, name, purpose or seats is wrong (field)")
    @APIResponse(responseCode = "409", description = "The building has a room of that name (field name)")
    public Response create(@PathParam("schoolId") long schoolId, RoomRequest request) {
        RoomItem created = rooms.addRoom(currentActor.require(), schoolId, RoomRequest.input(request));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{roomId: \\d+}")
    @Operation(summary = "Renames a room (and may move it to another building, change purpose and seats)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such room at the school")
    @APIResponse(responseCode = "409", description = "The building has a room of that name (field name)")
    public RoomItem describe(@PathParam("schoolId") long schoolId, @PathParam("roomId") long roomId,
                             RoomRequest request) {
        return rooms.describeRoom(currentActor.require(), schoolId, roomId, RoomRequest.input(request));
    }
}
