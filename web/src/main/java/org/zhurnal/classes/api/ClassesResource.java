package org.zhurnal.classes.api;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.web.security.CurrentActor;

/** One class: its list at a date and its groups. */
@Path("classes/{classId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolClassService classes;

    @GET
    @Operation(summary = "The class with its list and its groups' lists as of a date (today by default)")
    @APIResponse(responseCode = "200", description = "The class")
    @APIResponse(responseCode = "400", description = "The date is not yyyy-MM-dd (field date)")
    @APIResponse(responseCode = "404", description = "No such class (problem JSON)")
    public ClassRosterView get(@PathParam("classId") long classId, @QueryParam("date") String date) {
        var actor = currentActor.require();
        return ClassRosterView.of(classes.roster(actor, classId, WireDates.date(date, "date")));
    }

    @POST
    @Path("groups")
    @Operation(summary = "Adds a group to the class (e.g. «Английский, группа 1»)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "The name is missing or too long (field name)")
    @APIResponse(responseCode = "409", description = "The class already has a group of that name (field name)")
    public Response addGroup(@PathParam("classId") long classId, NewGroupRequest request) {
        var actor = currentActor.require();
        GroupItem group = classes.addGroup(actor, classId, request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(new GroupView(group.id(), group.name())).build();
    }
}
