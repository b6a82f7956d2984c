package org.zhurnal.yearend.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.web.security.CurrentActor;
import org.zhurnal.yearend.application.RolloverResult;
import org.zhurnal.yearend.application.RolloverService;
import org.zhurnal.yearend.application.YearCloseService;
import org.zhurnal.yearend.domain.YearEndDecision;

/** The end of a school's academic year: closing it, year-end decisions, the rollover into the next year. */
@Path("schools/{schoolId: \\d+}/years/{yearId: \\d+}/end")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearEndResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    YearCloseService closing;

    @Inject
    RolloverService rollover;

    @GET
    @Operation(summary = "Whether the year is closed, what keeps it from closing, and its rollover when done")
    @APIResponse(responseCode = "200", description = "The year's end status")
    public YearEndStatusResponse status(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        return YearEndStatusResponse.of(closing.status(currentActor.require(), schoolId, yearId));
    }

    @POST
    @Path("close")
    @Operation(summary = "Closes the year: every reporting period and the year become read-only (irreversible)")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Year marks missing or not confirmed, or closed already (field year)")
    public YearEndStatusResponse close(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        return YearEndStatusResponse.of(closing.close(currentActor.require(), schoolId, yearId));
    }

    @PUT
    @Path("decisions/{personId: \\d+}")
    @Operation(summary = "Records a year-end decision about a student: RETAINED, LEAVES, or null (promoted)")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Not on a class list of the year (field personId), bad decision")
    @APIResponse(responseCode = "409", description = "The year was rolled over already (field decision)")
    public Response decide(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId,
                           @PathParam("personId") long personId, YearEndDecisionRequest request) {
        YearEndDecisionRequest body = request == null ? YearEndDecisionRequest.EMPTY : request;
        rollover.decide(currentActor.require(), schoolId, yearId, personId,
                WireDates.choice(YearEndDecision.class, body.decision(), "decision"), body.orderRef());
        return Response.noContent().build();
    }

    @POST
    @Path("rollover-preview")
    @Operation(summary = "What the rollover would create, changing nothing")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "400", description = "A change to next year's classes is wrong (field classes)")
    public RolloverPreviewResponse preview(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId,
                                           RolloverRequest request) {
        return RolloverPreviewResponse.of(rollover.preview(currentActor.require(), schoolId, yearId,
                (request == null ? RolloverRequest.EMPTY : request).toInput()));
    }

    @POST
    @Path("rollover")
    @Operation(summary = "Rolls the closed year over into the next one, all or nothing; again: what was created")
    @APIResponse(responseCode = "201", description = "Created the next year, its classes, moved the students")
    @APIResponse(responseCode = "200", description = "Done before: nothing new created (alreadyDone)")
    @APIResponse(responseCode = "409", description = "The year is not closed (field year) or the next year exists (startsOn)")
    public Response commit(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId,
                           RolloverRequest request) {
        RolloverResult result = rollover.commit(currentActor.require(), schoolId, yearId,
                (request == null ? RolloverRequest.EMPTY : request).toInput());
        return Response.status(result.alreadyDone() ? Response.Status.OK : Response.Status.CREATED).entity(result).build();
    }

    @POST
    @Path("curriculum-confirmation")
    @Operation(summary = "Confirms the curriculum copied into this (next) year by the rollover")
    @APIResponse(responseCode = "204", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "No draft curriculum in this year (field yearId)")
    public Response confirmCurriculum(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        rollover.confirmCurriculum(currentActor.require(), schoolId, yearId);
        return Response.noContent().build();
    }
}
