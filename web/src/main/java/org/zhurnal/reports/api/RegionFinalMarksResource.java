package org.zhurnal.reports.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.reports.application.ProposalRun;
import org.zhurnal.reports.application.RegionFinalMarkService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** The region's proposed period marks: computed for every school at once by the region administrator. */
@Path("region/final-marks/{periodKind}/{number: \\d+}/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionFinalMarksResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    RegionFinalMarkService service;

    @POST
    @Operation(summary = "Computes the proposed marks of the period (quarter, trimester, half-year) for every school")
    @APIResponse(responseCode = "200", description = "The run: schools, proposals, н/а among them, start and end")
    @APIResponse(responseCode = "403", description = "Not the region administrator")
    public ProposalRun compute(@PathParam("periodKind") String kind, @PathParam("number") int number,
                               @QueryParam("schoolYear") String schoolYear) {
        var actor = currentActor.require();
        return service.compute(actor, kind, number, year(schoolYear));
    }

    @GET
    @Operation(summary = "The last finished computation of the period's proposed marks")
    @APIResponse(responseCode = "404", description = "Never computed")
    public ProposalRun last(@PathParam("periodKind") String kind, @PathParam("number") int number,
                            @QueryParam("schoolYear") String schoolYear) {
        var actor = currentActor.require();
        return service.last(actor, kind, number, year(schoolYear));
    }

    private static Integer year(String value) {
        Long year = QueryNumbers.longOrNull(value, "schoolYear");
        return year == null ? null : year.intValue();
    }
}
