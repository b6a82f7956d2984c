package org.zhurnal.curriculum.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.curriculum.application.CurriculumService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** A school's curriculum per academic year: hours a year of each subject in each grade. */
@Path("schools/{schoolId: \\d+}/curriculum")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurriculumResource {

    private static final ReplaceCurriculumRequest EMPTY = new ReplaceCurriculumRequest(null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    CurriculumService curricula;

    @GET
    @Operation(summary = "The year's curriculum by grade and subject, with the derived hours a week")
    @APIResponse(responseCode = "200", description = "The curriculum (no items when none is drawn up yet)")
    @APIResponse(responseCode = "400", description = "No yearId (problem JSON, field yearId)")
    @APIResponse(responseCode = "404", description = "No such school or year of the school (problem JSON)")
    public CurriculumResponse get(@PathParam("schoolId") long schoolId, @QueryParam("yearId") String yearId) {
        var actor = currentActor.require();
        return CurriculumResponse.of(curricula.get(actor, schoolId, QueryNumbers.longOrNull(yearId, "yearId")));
    }

    @PUT
    @Operation(summary = "Replaces the year's curriculum as a whole (a refused plan changes nothing)")
    @APIResponse(responseCode = "200", description = "The curriculum as stored")
    @APIResponse(responseCode = "400", description = "A line is wrong, or no such year (problem JSON, field items "
            + "or yearId; the message names the line)")
    @APIResponse(responseCode = "404", description = "No such school (problem JSON)")
    public CurriculumResponse replace(@PathParam("schoolId") long schoolId, ReplaceCurriculumRequest request) {
        var actor = currentActor.require();
        ReplaceCurriculumRequest body = request == null ? EMPTY : request;
        return CurriculumResponse.of(curricula.replace(actor, schoolId, body.yearId(), body.lines()));
    }
}
