package org.zhurnal.calendar.api;

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
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.web.security.CurrentActor;

/** A school's bell schedules (расписание звонков). */
@Path("schools/{schoolId: \\d+}/bell-schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BellSchedulesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolCalendarService calendar;

    @GET
    @Operation(summary = "The school's bell schedules by name")
    @APIResponse(responseCode = "200", description = "The schedules")
    public List<BellScheduleResponse> list(@PathParam("schoolId") long schoolId) {
        return calendar.bellSchedules(currentActor.require(), schoolId).stream()
                .map(BellScheduleResponse::of).toList();
    }

    @POST
    @Operation(summary = "Adds a bell schedule")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Lessons out of order or overlapping (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "A schedule of this name exists (field name)")
    public Response define(@PathParam("schoolId") long schoolId, NewBellScheduleRequest request) {
        NewBellScheduleRequest body = request == null ? new NewBellScheduleRequest(null, null) : request;
        BellScheduleResponse created = BellScheduleResponse.of(
                calendar.defineBells(currentActor.require(), schoolId, body.name(), body.toSlots()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
